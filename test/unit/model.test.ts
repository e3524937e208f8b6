import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodeEntry, Overrides } from "../../protocols/types.js";
import { compactJson, parseJson } from "../../src/json/ordered-json.js";
import { protocolOf, targetsOf } from "../helpers/registry.js";

const model = protocolOf("http");
const entry = (code: number) => model.codes.find((c) => c.code === code)!;
const defaults = (more: Partial<Overrides> = {}): Overrides => ({ body: { kind: "model" }, headers: [], ...model.defaults, ...more });
const buildSpec = (e: CodeEntry, overrides: Overrides) => model.buildResponse(e, overrides);
const snake = (reason: string) =>
  reason
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

describe("the HTTP model", () => {
  it("holds every IANA-registered code with the RFC 9110 reason phrases", () => {
    const official = model.codes.filter((c) => c.official).map((c) => c.code);
    const iana = [
      100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408,
      409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
    ];
    assert.deepEqual(official, iana);
    assert.equal(entry(413).reason, "Content Too Large");
    assert.equal(entry(422).reason, "Unprocessable Content");
    assert.equal(entry(416).reason, "Range Not Satisfiable");
    assert.equal(entry(421).reason, "Misdirected Request");
  });

  it("flags the common unofficial codes with their origin", () => {
    for (const code of [418, 419, 420, 444, 494, 495, 496, 497, 499, 509, 520, 521, 522, 523, 524, 525, 526, 530]) {
      assert.equal(entry(code).official, false, String(code));
      assert.ok(entry(code).origin, `${code} names who uses it`);
    }
  });

  it("has codes in order, no duplicates, and a link and description for each", () => {
    const codes = model.codes.map((c) => c.code);
    assert.deepEqual(
      codes,
      [...new Set(codes)].sort((a, b) => a - b),
    );
    for (const c of model.codes) {
      assert.match(c.link, /^https:\/\//, String(c.code));
      assert.ok(c.description.length > 60, `${c.code} has a real description`);
      if (c.official) assert.match(c.rfc, /^RFC \d+$/, String(c.code));
    }
  });

  it("allows no body exactly for 1xx, 204, 205 and 304, and sends none by default on a redirect with Location", () => {
    const redirects = [301, 302, 303, 307, 308];
    for (const c of model.codes) {
      const none = c.code < 200 || [204, 205, 304].includes(c.code);
      assert.equal(c.bodyAllowed, !none, String(c.code));
      if (none || redirects.includes(c.code)) assert.equal(c.body, null, String(c.code));
      else assert.notEqual(c.body, null, String(c.code));
    }
  });

  it("gives a typical method where the code answers one (201 POST, 204 DELETE, 405 a refused method), else none (GET)", () => {
    const methodOf = (code: number) => entry(code).method ?? "GET";
    assert.deepEqual([201, 202, 204, 303, 405, 409, 412, 413, 415, 422].map(methodOf), [
      "POST",
      "POST",
      "DELETE",
      "POST",
      "DELETE",
      "PUT",
      "PUT",
      "POST",
      "POST",
      "POST",
    ]);
    for (const code of [200, 301, 404, 500]) assert.equal(methodOf(code), "GET");
    // 405's request must be one its own Allow header leaves out.
    const allow = entry(405)
      .headers.find((h) => h.name === "Allow")!
      .value.split(", ");
    assert.ok(!allow.includes(methodOf(405)));
  });

  it("gives 4xx and 5xx the error body, and 202 the seed's body", () => {
    for (const c of model.codes.filter((c) => c.code >= 400)) {
      assert.deepEqual(c.body, { error: snake(c.reason), message: c.reason }, String(c.code));
    }
    assert.equal(compactJson(parseJson(JSON.stringify(entry(202).body))), '{"status":"accepted","task_id":"abc-123"}');
  });

  it("requires the headers the RFCs require", () => {
    const required: [number, string][] = [
      [201, "Location"],
      [301, "Location"],
      [302, "Location"],
      [303, "Location"],
      [307, "Location"],
      [308, "Location"],
      [401, "WWW-Authenticate"],
      [405, "Allow"],
      [407, "Proxy-Authenticate"],
      [416, "Content-Range"],
      [426, "Upgrade"],
    ];
    for (const [code, name] of required) {
      assert.ok(
        entry(code).headers.some((h) => h.name === name && h.rule === "required" && h.value),
        `${code} requires ${name}`,
      );
    }
    for (const code of [429, 503])
      assert.ok(
        entry(code).headers.some((h) => h.name === "Retry-After"),
        `${code} recommends Retry-After`,
      );
  });

  it("names only constants that map to their own code's number", () => {
    // Constants embed the code in most frameworks' naming; where they do, the number must match.
    for (const target of targetsOf("http")) {
      for (const [code, name] of Object.entries(target.constants())) {
        assert.ok(
          model.codes.some((c) => String(c.code) === code),
          `${target.id} names ${code}, which the model lacks`,
        );
        const digits = /(\d{3})/.exec(name);
        if (digits) assert.equal(digits[1], code, `${target.id}: ${name} is not ${code}`);
      }
    }
  });
});

describe("ResponseSpec", () => {
  it("is the model's response by default: Content-Type first, then the rule headers", () => {
    const spec = buildSpec(entry(201), defaults());
    assert.equal(spec.status, 201);
    assert.deepEqual(spec.headers[0], ["Content-Type", "application/json"]);
    assert.deepEqual(spec.headers[1], ["Location", "/endpoint/abc-123"]);
    assert.equal(spec.method, "POST");
    assert.equal(spec.body, compactJson(parseJson(JSON.stringify(entry(201).body))));
  });

  it("has no body and no Content-Type for 204, 205 and 304, and refuses a body there", () => {
    for (const code of [204, 205, 304]) {
      const spec = buildSpec(entry(code), defaults());
      assert.equal(spec.body, null);
      assert.ok(!spec.headers.some(([n]) => n === "Content-Type"));
      assert.throws(() => buildSpec(entry(code), defaults({ body: { kind: "value", value: 1 } })), /cannot carry a body/);
    }
  });

  it("derives a made-up Location from the route's collection, never from a user's value", () => {
    const location = (route: string, headers: [string, string][] = []) =>
      buildSpec(entry(201), defaults({ route, headers })).headers.find(([n]) => n === "Location")![1];
    assert.equal(location("/items"), "/items/abc-123");
    assert.equal(location("/"), "/abc-123");
    assert.equal(location("/users/{user_id}/orders"), "/users/abc-123");
    assert.equal(location("/items", [["Location", "/x/{route}"]]), "/x/{route}");
    const seeOther = buildSpec(entry(303), defaults({ route: "/jobs" }));
    assert.deepEqual(seeOther.headers, [["Location", "/jobs/abc-123"]]);
  });

  it("reads path parameters, fills the example path with them, and refuses bad ones", () => {
    const spec = buildSpec(entry(200), defaults({ route: "/items/{item_id}/parts/{part}" }));
    assert.deepEqual(spec.params, ["item_id", "part"]);
    assert.equal(spec.path, "/items/42/parts/42");
    const bad: [string, RegExp][] = [
      ["/items/{Id}", /whole segment \{name\}/],
      ["/items/x{id}", /whole segment/],
      ["/items/{id}/{id}", /appears twice/],
      ["/items/{class}", /reserved word/],
      ["/items/{request}", /reserved word/],
      ["/items/{}", /whole segment/],
    ];
    for (const [route, message] of bad) assert.throws(() => buildSpec(entry(200), defaults({ route })), message, route);
  });

  it("writes an RFC 9457 problem for 4xx and 5xx with --problem, and refuses it elsewhere", () => {
    const spec = buildSpec(entry(404), defaults({ problem: true, route: "/items/{id}", headers: [["X-Trace", "1"]] }));
    assert.deepEqual(spec.headers, [
      ["Content-Type", "application/problem+json"],
      ["X-Trace", "1"],
    ]);
    assert.equal(spec.body, '{"type":"about:blank","title":"Not Found","status":404,"instance":"/items/42"}');
    assert.deepEqual(spec.problem, { type: "about:blank", title: "Not Found", status: 404 });
    assert.throws(() => buildSpec(entry(200), defaults({ problem: true })), /4xx and 5xx/);
    assert.throws(() => buildSpec(entry(404), defaults({ problem: true, body: { kind: "none" } })), /drop --body or --no-body/);
    assert.throws(() => buildSpec(entry(404), defaults({ problem: true, body: { kind: "value", value: 1 } })), /drop --body/);
  });

  it("drops the body and Content-Type with --no-body", () => {
    const spec = buildSpec(entry(200), defaults({ body: { kind: "none" } }));
    assert.equal(spec.body, null);
    assert.deepEqual(spec.headers, []);
  });

  it("lets user headers replace rule headers (any case) and appends new ones", () => {
    const spec = buildSpec(
      entry(503),
      defaults({
        headers: [
          ["retry-after", "120"],
          ["X-Trace", "a b"],
        ],
      }),
    );
    assert.deepEqual(spec.headers.slice(1), [
      ["Retry-After", "120"],
      ["X-Trace", "a b"],
    ]);
  });

  it("keeps the user's body key order, integer-like keys included", () => {
    const spec = buildSpec(entry(200), defaults({ body: { kind: "value", value: parseJson('{"b": 1, "2": 2, "a": {"10": 0, "1": 1}}') } }));
    assert.equal(spec.body, '{"b":1,"2":2,"a":{"10":0,"1":1}}');
  });

  it("sends 1xx as an interim response followed by a final 200", () => {
    const spec = buildSpec(entry(103), defaults());
    assert.equal(spec.body, null);
    assert.equal(spec.final?.status, 200);
    assert.ok(spec.headers.some(([n]) => n === "Link"));
  });

  it("rejects unsafe headers, routes and methods", () => {
    const bad: [Partial<Overrides>, RegExp][] = [
      [{ headers: [["X-A", "a\r\nSet-Cookie: x"]] }, /CR, LF or NUL/],
      [{ headers: [["X-A", "nul\0"]] }, /CR, LF or NUL/],
      [{ headers: [["Bad Name", "x"]] }, /not an HTTP token/],
      [{ headers: [["Content-Length", "5"]] }, /set by the framework/],
      [{ headers: [["X-A", "caf\u00e9"]] }, /printable ASCII/],
      [{ route: "endpoint" }, /must start with/],
      [{ route: "/a b" }, /--route/],
      [{ route: "/a/" }, /--route/],
      [{ method: "GE T" }, /not an HTTP method token/],
      [{ method: "PURGE" }, /supports GET/],
    ];
    for (const [overrides, message] of bad) assert.throws(() => buildSpec(entry(200), defaults(overrides)), message);
  });

  it("rejects lone surrogates and nesting no target language can parse", () => {
    assert.throws(() => buildSpec(entry(200), defaults({ body: { kind: "value", value: "\ud800" } })), /lone surrogate/);
    let deep: unknown = 1;
    for (let i = 0; i < 80; i++) deep = [deep];
    assert.throws(() => buildSpec(entry(200), defaults({ body: { kind: "value", value: deep as never } })), /nested deeper/);
  });
});

describe("parseJson", () => {
  it("reports line and column", () => {
    assert.throws(
      () => parseJson('{\n  "a": 1,\n  "b" 2\n}'),
      (err: { line: number; column: number }) => err.line === 3 && err.column === 7,
    );
  });
  it("refuses numbers a double cannot hold exactly", () => {
    assert.throws(() => parseJson("12345678901234567890"), /cannot be kept exactly/);
    assert.throws(() => parseJson("1e999"), /cannot be kept exactly/);
    assert.throws(() => parseJson("0.30000000000000000001"), /cannot be kept exactly/);
    assert.equal(parseJson("9007199254740991"), 9007199254740991);
    assert.equal(parseJson("11496758861932400"), 11496758861932400, "a large integer a double holds exactly is fine");
    assert.equal(parseJson("-1.50e+2"), -150);
    assert.equal(parseJson("-0.0"), -0);
  });
});
