import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
// @ts-expect-error: a plain .mjs script without type declarations
import { idiomsDoc, idiomsSection, targetFolders } from "../../scripts/idioms-doc.mjs";
import { PROTOCOL_IDS, type ProtocolId } from "../../protocols/index.js";
import { casesOf } from "../helpers/protocol-cases.js";
import { ROOT } from "../helpers/snipgen.js";

type Folder = { id: string; dir: string; protocol: string };

/** The kinds of response every target's idioms table names (first column, case-insensitive), per protocol. */
const KINDS = new Map(await Promise.all(PROTOCOL_IDS.map(async (p) => [p, (await casesOf(p)).idiomKinds] as const)));

describe("docs/idioms.md (the review list)", () => {
  for (const t of targetFolders() as Folder[]) {
    it(`${t.id}: SOURCES.md has an Idioms table with a row per kind of response, each naming what it follows`, () => {
      const section: string | null = idiomsSection(t.dir);
      assert.ok(section, `${t.dir}/SOURCES.md has no "## Idioms" section`);
      const rows = section
        .split("\n")
        .filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l))
        .slice(1)
        .map((l) =>
          l
            .split(/(?<!\\)\|/)
            .slice(1, -1)
            .map((c) => c.trim()),
        );
      for (const kind of KINDS.get(t.protocol as ProtocolId)!)
        assert.ok(
          rows.some((r) => r[0]!.toLowerCase().includes(kind)),
          `${t.id}: no row for "${kind}"`,
        );
      for (const r of rows) {
        assert.ok(r.length >= 3 && r[1] && r.at(-1), `${t.id}: incomplete row ${JSON.stringify(r)}`);
        assert.match(r.at(-1)!, /https?:\/\/|source|verified|RFC/i, `${t.id}: row "${r[0]}" names no page, source or check it follows`);
      }
    });
  }

  it("is assembled from the targets' sections (npm run docs:idioms rewrites it)", () => {
    assert.equal(readFileSync(`${ROOT}docs/idioms.md`, "utf8"), idiomsDoc());
  });
});
