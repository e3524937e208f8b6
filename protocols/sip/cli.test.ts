/** The command line for SIP: the protocol as first word or option, its JSON document, and its refusals. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { registeredTargets } from "../../test/helpers/registry.js";
import { snipgen } from "../../test/helpers/snipgen.js";
import sip from "./protocol.js";

const ok = (args: string[]) => {
  const r = snipgen(args);
  assert.equal(r.status, 0, `snipgen ${args.join(" ")}: ${r.stderr}`);
  assert.equal(r.stderr, "");
  return r.stdout;
};
const rejects = (args: string[], message: RegExp) => {
  const r = snipgen(args);
  assert.equal(r.status, 2, `snipgen ${args.join(" ")} should exit 2: ${r.stdout}`);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr.split("\n").length, 2, `one line: ${r.stderr}`);
  assert.match(r.stderr, message);
};
const SIP_TARGET = registeredTargets("sip")[0]!.id;
const onlySip = sip.codes.find((c) => c.code === 486)!;

describe("snipgen sip <code>", () => {
  it("takes the protocol as first word, as --protocol or as -p, with the same output", () => {
    const card = ok(["sip", "202"]);
    assert.equal(ok(["202", "--protocol", "sip"]), card);
    assert.equal(ok(["-p", "sip", "202"]), card);
    assert.match(card, /^SIP\/2\.0 202 Accepted$/m);
    assert.equal(ok(["http", "202"]), ok(["202"]));
  });

  it("shows the request the response answers, and the response's headers as they cross the wire", () => {
    const doc = JSON.parse(ok(["sip", "202", "--format", "json"]));
    assert.equal(doc.protocol, "sip");
    assert.equal(doc.request.method, "REFER");
    assert.equal(doc.route, undefined);
    const names = (headers: [string, string][]) => headers.map(([n]) => n);
    assert.deepEqual(names(doc.response.headers).slice(0, 5), ["Via", "From", "To", "Call-ID", "CSeq"]);
    const to = doc.response.headers.find(([n]: [string]) => n === "To")[1];
    assert.match(to, /;tag=\w+$/);
    for (const name of ["Via", "From", "Call-ID", "CSeq"]) {
      assert.deepEqual(
        doc.response.headers.find(([n]: [string]) => n === name),
        doc.request.headers.find(([n]: [string]) => n === name),
        name,
      );
    }
  });

  it("carries a text body with its media type, counted in bytes", () => {
    const sdp = "v=0\r\ns=café\r\n";
    const doc = JSON.parse(ok(["sip", "200", "--method", "INVITE", "--body", sdp, "--content-type", "application/sdp", "--format", "json"]));
    assert.equal(doc.response.body, sdp);
    assert.deepEqual(
      doc.response.headers.find(([n]: [string]) => n === "Content-Type"),
      ["Content-Type", "application/sdp"],
    );
    assert.match(ok(["sip", "200", "--body", sdp, "--content-type", "application/sdp"]), new RegExp(`Content-Length: ${Buffer.byteLength(sdp)}`));
  });

  it("points a code only SIP has, given for HTTP, to its SIP command; the HTTP card names SIP's same code", () => {
    rejects(
      [String(onlySip.code)],
      new RegExp(`^snipgen: ${onlySip.code} is not an HTTP status code; it is SIP's ${onlySip.code} ${onlySip.reason}: snipgen sip ${onlySip.code}$`, "m"),
    );
    assert.match(ok(["202"]), /^Also in SIP: 202 Accepted {2}\(snipgen sip 202\)$/m);
  });

  it("hints, without a code, a SIP command that works", () => {
    const r = snipgen(["sip"]);
    assert.equal(r.status, 2);
    const hint = /^snipgen: missing the status code: try "snipgen (sip \d+ -f \S+)", or see snipgen --help$/.exec(r.stderr.trim());
    assert.ok(hint, r.stderr);
    ok(hint[1]!.split(" "));
  });

  const bad: [string[], RegExp][] = [
    [["sip", "202", "--route", "/x"], /--route is for HTTP/],
    [["sip", "404", "--problem"], /--problem is for HTTP/],
    [["sip", "200", "--body", "v=0"], /a SIP --body needs --content-type/],
    [["sip", "200", "--body", "v=0", "--content-type", "sdp"], /is not a media type/],
    [["sip", "200", "--body", "a\u0007b", "--content-type", "text/plain"], /only control characters/],
    [["sip", "200", "--method", "ACK"], /never answered/],
    [["sip", "200", "-H", "Via: SIP/2.0/UDP x"], /copied from the request/],
    [["sip", "200", "-H", "X-A: a\r\nVia: x"], /CR, LF or NUL/],
    [["sip", "700"], /SIP status codes run from 100 to 699/],
    [["200", "--content-type", "text/plain"], /--content-type is for SIP bodies/],
    [["sip", "202", "-p", "http"], /the protocol is given twice/],
    [["200", "-f", SIP_TARGET], new RegExp(`^snipgen: ${SIP_TARGET} is a target for SIP, not HTTP: put sip first \\(snipgen sip <code> -f ${SIP_TARGET}\\)`)],
  ];
  for (const [args, message] of bad) it(`refuses snipgen ${args.join(" ").replace(/[\r\n\u0007]/g, "?")}`, () => rejects(args, message));
});
