/** The curated protocols/<p>/related.json maps, and the "More <protocol> codes" they feed. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classOf, loadProtocol, PROTOCOL_IDS } from "../../protocols/index.js";
import { relatedCodes } from "../../src/output/markdown.js";

const PROTOCOLS = await Promise.all(PROTOCOL_IDS.map(loadProtocol));

describe("related codes", () => {
  for (const protocol of PROTOCOLS) {
    const known = new Set(protocol.codes.map((c) => c.code));
    it(`${protocol.id}: related.json names codes of the model, never the code itself, each once`, () => {
      const problems: string[] = [];
      for (const [code, others] of Object.entries(protocol.related)) {
        if (!known.has(Number(code))) problems.push(`${code} is not a code of the model`);
        for (const other of others) if (!known.has(other)) problems.push(`${code} → ${other}: not a code of the model`);
        if (others.includes(Number(code))) problems.push(`${code} → itself`);
        if (new Set(others).size !== others.length) problems.push(`${code}: a code twice`);
      }
      assert.deepEqual(problems, []);
      assert.ok(Object.keys(protocol.related).length >= protocol.codes.length / 2, "most codes have the codes they are confused with");
    });

    it(`${protocol.id}: every code's page lists some codes, the confused ones first, then class neighbours, none twice and never itself`, () => {
      for (const entry of protocol.codes) {
        const { confused, neighbours } = relatedCodes(protocol, entry.code);
        const all = [...confused, ...neighbours].map((c) => c.code);
        assert.ok(all.length > 0, `${entry.code} lists nothing`);
        assert.equal(new Set(all).size, all.length, `${entry.code}: ${all.join(", ")}`);
        assert.ok(!all.includes(entry.code), `${entry.code} lists itself`);
        assert.deepEqual(
          confused.map((c) => c.code),
          [...(protocol.related[entry.code] ?? [])],
        );
        for (const n of neighbours) assert.equal(classOf(n.code), classOf(entry.code), `${entry.code}: neighbour ${n.code}`);
        assert.ok(neighbours.length <= 4);
      }
    });
  }

  it("has the pairs people confuse most", async () => {
    const [http, sip] = [PROTOCOLS.find((p) => p.id === "http")!, PROTOCOLS.find((p) => p.id === "sip")!];
    assert.deepEqual(http.related[202], [200, 201, 204]);
    assert.ok(http.related[401]!.includes(403) && http.related[403]!.includes(401));
    for (const c of [302, 307, 308]) assert.ok(http.related[301]!.includes(c));
    assert.ok(sip.related[486]!.includes(600) && sip.related[486]!.includes(480) && sip.related[600]!.includes(486));
  });
});
