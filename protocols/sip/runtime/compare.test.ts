/** What the SIP runtime layer forgives a stack that parses and writes headers again, and what it does not. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseResponse } from "./client.js";
import { canonicalValue, compareSip, type SipPromise } from "./compare.js";

const request: SipPromise["request"] = {
  method: "INVITE",
  uri: "sip:bob@example.com",
  headers: [
    ["Via", "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1"],
    ["From", "Alice <sip:alice@example.com>;tag=9fx"],
    ["To", "Bob <sip:bob@example.com>"],
    ["Call-ID", "1@127.0.0.1"],
    ["CSeq", "1 INVITE"],
  ],
};
const promise: SipPromise = { request, response: { status: 486, reason: "Busy Here", headers: [["Retry-After", "60"]], body: null } };

/** The differences for a live answer whose From and To are the given values (and other header lines). */
const diffsWith = (from: string, to: string, extra: string[] = [], want: SipPromise = promise) =>
  compareSip(
    want,
    parseResponse(
      Buffer.from(
        [
          "SIP/2.0 486 Busy Here",
          "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1",
          `From: ${from}`,
          `To: ${to}`,
          "Call-ID: 1@127.0.0.1",
          "CSeq: 1 INVITE",
          "Retry-After: 60",
          ...extra,
          "Content-Length: 0",
          "",
          "",
        ].join("\r\n"),
      ),
    ),
  );

describe("SIP comparison of From and To", () => {
  it("accepts the values as sent", () => {
    assert.deepEqual(diffsWith("Alice <sip:alice@example.com>;tag=9fx", "Bob <sip:bob@example.com>;tag=a1"), []);
  });
  it("accepts a token display name written back as a quoted-string (RFC 3261 §25.1)", () => {
    assert.deepEqual(diffsWith('"Alice" <sip:alice@example.com>;tag=9fx', '"Bob" <sip:bob@example.com>;tag=a1'), []);
  });
  it("rejects another display name, URI or tag, and a To without a tag", () => {
    assert.equal(diffsWith('"Alicia" <sip:alice@example.com>;tag=9fx', "Bob <sip:bob@example.com>;tag=a1").length, 1);
    assert.equal(diffsWith("Alice <sip:alice@example.org>;tag=9fx", "Bob <sip:bob@example.com>;tag=a1").length, 1);
    assert.equal(diffsWith("Alice <sip:alice@example.com>;tag=9fy", "Bob <sip:bob@example.com>;tag=a1").length, 1);
    assert.equal(diffsWith("Alice <sip:alice@example.com>;tag=9fx", '"Bobby" <sip:bob@example.com>;tag=a1').length, 1);
    assert.equal(diffsWith("Alice <sip:alice@example.com>;tag=9fx", '"Bob" <sip:bob@example.com>').length, 1);
  });
});

describe("SIP comparison of a list header", () => {
  const from = "Alice <sip:alice@example.com>;tag=9fx";
  const to = "Bob <sip:bob@example.com>;tag=a1";
  const contacts: SipPromise = {
    request,
    response: { ...promise.response, headers: [...promise.response.headers, ["Contact", "<sip:a@192.0.2.1>, <sip:b@192.0.2.2>"]] },
  };
  it("accepts one line per value for a promised comma list (RFC 3261 §7.3.1)", () => {
    assert.deepEqual(diffsWith(from, to, ["Contact: <sip:a@192.0.2.1>", "Contact: <sip:b@192.0.2.2>"], contacts), []);
    assert.deepEqual(diffsWith(from, to, ["Contact: <sip:a@192.0.2.1>,<sip:b@192.0.2.2>"], contacts), []);
  });
  it("rejects a missing or another value", () => {
    assert.equal(diffsWith(from, to, ["Contact: <sip:a@192.0.2.1>"], contacts).length, 1);
    assert.equal(diffsWith(from, to, ["Contact: <sip:a@192.0.2.1>", "Contact: <sip:c@192.0.2.3>"], contacts).length, 1);
  });
});

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
