import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseResponse } from "./client.js";
import { compareSip, type SipPromise } from "./compare.js";

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

/** The differences for a live answer whose From and To are the given values. */
const diffsWith = (from: string, to: string) =>
  compareSip(
    promise,
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
