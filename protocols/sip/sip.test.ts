import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodeEntry, Overrides } from "../types.js";
import sip from "./protocol.js";
import { exampleRequest, METHODS } from "./request.js";
import { sipMessage, validateHeader, wireHeaders } from "./response.js";
import { sippScenario } from "./try-it.js";

const entry = (code: number) => sip.codes.find((c) => c.code === code)!;
const overrides = (more: Partial<Overrides> = {}): Overrides => ({ body: { kind: "model" }, headers: [], ...sip.defaults, ...more });
const build = (e: CodeEntry, more: Partial<Overrides> = {}) => sip.buildResponse(e, overrides(more));

describe("the SIP model", () => {
  it("holds codes 100-699 in order, once each, with a method each answers and the RFC 3261 §21 class names", () => {
    const codes = sip.codes.map((c) => c.code);
    assert.deepEqual(
      codes,
      [...new Set(codes)].sort((a, b) => a - b),
    );
    assert.ok(codes.length >= 70, `only ${codes.length} codes`);
    for (const c of sip.codes) {
      assert.ok(c.code >= 100 && c.code <= 699, String(c.code));
      assert.ok(c.method && METHODS.includes(c.method), `${c.code}: method ${c.method}`);
      assert.equal(c.body, null, `${c.code}: no body by default`);
      assert.match(c.link, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+\.html#section-[\d.]+$/, `${c.code}: link`);
      for (const h of c.headers) validateHeader(h.name, h.value);
    }
    assert.deepEqual(Object.values(sip.classNames), ["Provisional", "Successful", "Redirection", "Request Failure", "Server Failure", "Global Failures"]);
    assert.equal(entry(202).method, "REFER");
    assert.equal(entry(486).reason, "Busy Here");
  });
});

describe("a SIP response", () => {
  it("copies Via, From, Call-ID and CSeq, tags To (not on 100), and counts the body's bytes", () => {
    const spec = build(entry(200), { method: "INVITE", body: { kind: "text", text: "v=0\r\ns=café\r\n", contentType: "application/sdp" } });
    const request = exampleRequest("INVITE");
    const headers = wireHeaders(spec);
    for (const name of ["Via", "From", "Call-ID", "CSeq"]) {
      assert.deepEqual(
        headers.find(([n]) => n === name),
        request.headers.find(([n]) => n === name),
        name,
      );
    }
    assert.match(headers.find(([n]) => n === "To")![1], /^Bob <sip:bob@example\.com>;tag=\w+$/);
    const message = sipMessage(spec);
    assert.match(message, /^SIP\/2\.0 200 OK\n/);
    assert.match(message, /\nContent-Type: application\/sdp\n/);
    assert.match(message, new RegExp(`\\nContent-Length: ${Buffer.byteLength("v=0\r\ns=café\r\n")}\\n`));
    const trying = wireHeaders(build(entry(100), { method: "INVITE" }));
    assert.equal(trying.find(([n]) => n === "To")![1], "Bob <sip:bob@example.com>");
  });

  it("answers the code's own method by default and refuses what SIP cannot do", () => {
    assert.equal(build(entry(202)).request!.method, "REFER");
    assert.equal(build(entry(200), { method: "subscribe" }).method, "SUBSCRIBE");
    // Every 2xx to SUBSCRIBE carries Expires (RFC 6665 §3.1.1); -H replaces it.
    for (const code of [200, 202]) assert.deepEqual(build(entry(code), { method: "SUBSCRIBE" }).headers.at(-1), ["Expires", "3600"]);
    assert.deepEqual(build(entry(200), { method: "SUBSCRIBE", headers: [["Expires", "60"]] }).headers.at(-1), ["Expires", "60"]);
    assert.ok(!build(entry(603), { method: "SUBSCRIBE" }).headers.some(([n]) => n === "Expires"));
    const bad: [Partial<Overrides>, RegExp][] = [
      [{ method: "ACK" }, /never answered/],
      [{ method: "GET" }, /snipgen answers SIP/],
      [{ route: "/x" }, /--route is for HTTP/],
      [{ problem: true }, /--problem is for HTTP/],
      [{ headers: [["Via", "x"]] }, /copied from the request/],
      [{ headers: [["Content-Length", "3"]] }, /copied from the request or computed/],
      [{ headers: [["Bad Name", "x"]] }, /not a SIP token/],
      [{ headers: [["X-A", "a\r\nVia: evil"]] }, /CR, LF or NUL/],
      [{ body: { kind: "value", value: 1 } }, /SIP body is text/],
    ];
    for (const [more, message] of bad) assert.throws(() => build(entry(200), more), message, JSON.stringify(more));
  });

  it("lets -H replace a code's header (any case) and add new ones", () => {
    const spec = build(entry(401), {
      headers: [
        ["www-authenticate", 'Digest realm="x", nonce="1"'],
        ["X-Trace", "1"],
      ],
    });
    assert.deepEqual(
      spec.headers.find(([n]) => n === "WWW-Authenticate"),
      ["WWW-Authenticate", 'Digest realm="x", nonce="1"'],
    );
    assert.deepEqual(spec.headers.at(-1), ["X-Trace", "1"]);
  });
});

describe("the sipp scenario on the page", () => {
  it("sends the example request with sipp's own address, tag and Call-ID, expects the code, and ACKs an INVITE's final answer", () => {
    const refer = sippScenario(build(entry(202)));
    assert.match(refer, /REFER sip:bob@example\.com SIP\/2\.0/);
    assert.match(refer, /<recv response="202" \/>/);
    assert.match(refer, /Call-ID: \[call_id\]/);
    assert.doesNotMatch(refer, /ACK/);
    const busy = sippScenario(build(entry(486)));
    assert.match(busy, /<recv response="486" \/>[\s\S]*ACK sip:bob@example\.com SIP\/2\.0[\s\S]*branch=\[branch-3\]/);
    const ok = sippScenario(build(entry(200), { method: "INVITE" }));
    assert.match(ok, /ACK[\s\S]*branch=\[branch\]/);
  });
});
