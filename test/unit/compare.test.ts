import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareResponse, type LiveResponse } from "../runtime/compare.js";

// The runtime layer is only as strong as its comparison: each kind of mismatch must be reported.
const spec = {
  status: 201,
  reason: "Created",
  headers: [
    ["Content-Type", "application/json"],
    ["Location", "/items/7"],
    ["Connection", "Upgrade"],
  ] as [string, string][],
  body: '{"b":1,"2":[true,null]}',
};
const live = (over: Partial<LiveResponse> = {}): LiveResponse => ({
  status: 201,
  headers: { "content-type": ["application/json; charset=utf-8"], location: ["/items/7"], connection: ["Upgrade, keep-alive"] },
  body: Buffer.from('{ "b": 1.0, "2": [true, null] }'),
  ...over,
});

describe("compareResponse", () => {
  it("accepts the promised response (media type parameters, whitespace, number spelling, extra Connection tokens)", () => {
    assert.deepEqual(compareResponse(spec, live()), []);
  });
  it("reports a wrong status", () => assert.match(compareResponse(spec, live({ status: 200 }))[0]!, /status: expected 201, got 200/));
  it("reports a missing or different header", () => {
    assert.match(
      compareResponse(spec, live({ headers: { "content-type": ["application/json"], connection: ["upgrade"] } })).join(),
      /header Location: expected "\/items\/7", got none/,
    );
    assert.match(
      compareResponse(spec, live({ headers: { "content-type": ["application/json"], location: ["http://h/items/7"], connection: ["Upgrade"] } })).join(),
      /header Location/,
    );
    assert.match(
      compareResponse(spec, live({ headers: { "content-type": ["application/json"], location: ["/items/7"], connection: ["keep-alive"] } })).join(),
      /header Connection/,
    );
  });
  it("reports a different Content-Type", () => {
    assert.match(
      compareResponse(spec, live({ headers: { "content-type": ["text/html"], location: ["/items/7"], connection: ["Upgrade"] } })).join(),
      /Content-Type: expected application\/json, got text\/html/,
    );
  });
  it("reports a different body, and a body in another key order", () => {
    assert.match(compareResponse(spec, live({ body: Buffer.from('{"b":2,"2":[true,null]}') })).join(), /body: expected/);
    assert.match(compareResponse(spec, live({ body: Buffer.from('{"2":[true,null],"b":1}') })).join(), /key order differs/);
    assert.match(compareResponse(spec, live({ body: Buffer.from("not json") })).join(), /body: not JSON/);
  });
  it("requires no body where the spec has none, tolerating a Content-Type on the empty body", () => {
    const none = { status: 204, reason: "No Content", headers: [] as [string, string][], body: null };
    assert.deepEqual(compareResponse(none, { status: 204, headers: {}, body: Buffer.alloc(0) }), []);
    assert.deepEqual(compareResponse(none, { status: 204, headers: { "content-type": ["text/plain"] }, body: Buffer.alloc(0) }), []);
    assert.match(compareResponse(none, { status: 204, headers: {}, body: Buffer.from("x") }).join(), /body: expected none/);
  });
  it("accepts a redirect helper's short note naming the Location, and nothing else", () => {
    const moved = { status: 301, reason: "Moved Permanently", headers: [["Location", '/a?x=1&y="2"']] as [string, string][], body: null };
    const html = (body: string, type = "text/html; charset=utf-8") => ({
      status: 301,
      headers: { location: ['/a?x=1&y="2"'], "content-type": [type] },
      body: Buffer.from(body),
    });
    assert.deepEqual(compareResponse(moved, html('<a href="/a?x=1&amp;y=&#34;2&#34;">Moved Permanently</a>.')), []);
    assert.deepEqual(compareResponse(moved, html('<a href="/a?x=1&amp;y=&quot;2&quot;">x</a>')), []);
    assert.deepEqual(compareResponse(moved, html('Moved Permanently. Redirecting to /a?x=1&y="2"', "text/plain")), []);
    assert.match(compareResponse(moved, html('<a href="/elsewhere">x</a>')).join(), /body: expected none/);
    assert.match(compareResponse(moved, html('{"location":"/a?x=1&y=\\"2\\""}', "application/json")).join(), /body: expected none/);
    assert.match(compareResponse({ ...moved, status: 200 }, { ...html('/a?x=1&y="2"'), status: 200 }).join(), /body: expected none/);
  });
  it("checks a 1xx interim response and its headers, then the final response", () => {
    const early = {
      status: 103,
      reason: "Early Hints",
      headers: [["Link", "</a.css>; rel=preload"]] as [string, string][],
      body: null,
      final: { status: 200, reason: "OK", headers: [] as [string, string][], body: "1" },
    };
    const final = { status: 200, headers: {}, body: Buffer.from("1") };
    assert.deepEqual(compareResponse(early, { ...final, interim: [{ status: 103, headers: { link: ["</a.css>; rel=preload"] } }] }), []);
    assert.match(compareResponse(early, { ...final, interim: [] }).join(), /interim: expected 103 before the final response/);
    assert.match(compareResponse(early, { ...final, interim: [{ status: 103, headers: {} }] }).join(), /interim header Link/);
  });
});
