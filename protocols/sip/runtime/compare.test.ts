/** What the SIP runtime layer forgives a stack that parses and writes headers again, and what it does not. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalValue } from "./compare.js";

const same = (name: string, a: string, b: string) => canonicalValue(name, a) === canonicalValue(name, b);

describe("canonicalValue (RFC 3261 §25.1)", () => {
  it("reads a display name of tokens the same quoted or bare, and blanks around , and ; as none", () => {
    assert.ok(same("From", "Alice <sip:alice@example.com>;tag=1", '"Alice" <sip:alice@example.com>;tag=1'));
    assert.ok(same("To", "Bob Smith <sip:bob@example.com> ; tag=2", '"Bob Smith" <sip:bob@example.com>;tag=2'));
    assert.ok(same("Allow", "INVITE, ACK, CANCEL", "INVITE,ACK,CANCEL"));
    assert.ok(same("Contact", "<sip:a@192.0.2.1>, <sip:b@192.0.2.2>", "<sip:a@192.0.2.1>,<sip:b@192.0.2.2>"));
    assert.ok(same("Security-Server", "tls;q=0.2, digest;q=0.1", "tls; q=0.2,digest; q=0.1"));
    assert.ok(same("WWW-Authenticate", 'Digest realm="example.com", qop="auth"', 'Digest realm="example.com",qop="auth"'));
  });

  it("keeps what carries meaning: quoted text, display names that need quotes, other values, extension headers", () => {
    assert.ok(!same("Warning", '305 example.com "a, b"', '305 example.com "a,b"'));
    assert.ok(!same("From", '"Doe, John" <sip:j@example.com>', "Doe, John <sip:j@example.com>"));
    assert.ok(!same("From", "Alice <sip:alice@example.com>;tag=1", '"Alicia" <sip:alice@example.com>;tag=1'));
    assert.ok(!same("Allow", "INVITE, ACK", "INVITE, BYE"));
    assert.ok(!same("X-Hostile", "a, b", "a,b"));
    assert.ok(!same("Call-ID", "a ;b", "a;b"));
    assert.ok(!same("Contact", 'a"b', "ab"));
  });
});
