/**
 * export's progress line: on stderr only when stderr is a terminal (a pseudo-terminal from util-linux's
 * `script` here), never when it is not, never with --quiet; stdout is the same in every case.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { BIN, snipgen } from "../helpers/snipgen.js";
import { skipUnlessRuns } from "../helpers/toolchains.js";

const dir = mkdtempSync(join(tmpdir(), "snipgen-progress-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const CODES = "200,404";

/** Runs snipgen with a terminal as stdin, stdout and stderr; returns what the terminal showed. */
function inTerminal(args: string[]): string {
  const line = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  const r = spawnSync("script", ["-qec", line, "/dev/null"], { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1772020800" } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe("export progress", { skip: skipUnlessRuns("script", ["-V"]) }, () => {
  it("shows a progress line on a terminal, counting every page", () => {
    const shown = inTerminal(["export", join(dir, "a"), "--codes", CODES]);
    const counts = [...shown.matchAll(/\rsnipgen: export (\d+)\/(\d+) pages/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(counts.length >= 2, shown);
    const total = counts[0]![1]!;
    assert.deepEqual(
      counts.map(([done]) => done),
      Array.from({ length: total }, (_, i) => i + 1),
    );
    assert.match(shown, /wrote \d+ files to /);
  });

  it("is silent with --quiet, and when stderr is not a terminal", () => {
    assert.doesNotMatch(inTerminal(["export", join(dir, "b"), "--codes", CODES, "--quiet"]), /snipgen: export/);
    const piped = snipgen(["export", join(dir, "c"), "--codes", CODES]);
    assert.equal(piped.status, 0);
    assert.equal(piped.stderr, "");
    assert.match(piped.stdout, /^wrote \d+ files to /);
  });
});
