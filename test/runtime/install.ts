/**
 * A target's `install` line run the way a user on a clean machine runs it, in the folder where the
 * app-style program was saved, before its `run` line (test/runtime/as-documented.test.ts and the SIP
 * runtime layer). What the user's machine would hold instead of ours:
 * - `pip install ...` runs in a venv of the folder's own (`python3 -m venv .venv`, as Python's packaging
 *   guide has users do, and as Debian requires: its Python refuses pip outside a venv);
 * - `npm install -g ...` installs under a prefix of the folder's own;
 * - `apt-get install ...` is not run by a test: CI installs the target's runtime/apt-packages.txt, so
 *   the line must name exactly packages that file lists.
 * Packages come from the registries, latest where the line pins no version, as the user gets them; the
 * download caches (~/.cache/pip, ~/.npm, Go's, ~/.m2) are shared, so a second run is quick.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Target } from "../../src/registry/types.js";
import { ROOT } from "../helpers/snipgen.js";
import { runAsync } from "./harness.js";

/** How long one install line may take (a first run on a fresh machine downloads everything). */
const INSTALL_SECONDS = 600;

/** The environment the target's run line gets after its install line ran in `dir` (PATH with the folder's venv and npm prefix first). */
export async function installAsDocumented(target: Target, dir: string): Promise<Record<string, string>> {
  const venv = join(dir, ".venv");
  const npmPrefix = join(dir, ".npm-global");
  const env = { PATH: `${venv}/bin:${npmPrefix}/bin:${process.env.PATH}`, NPM_CONFIG_PREFIX: npmPrefix, VIRTUAL_ENV: venv };
  const install = target.install;
  if (!install) return env;
  const apt = /^apt-get install (.+)$/.exec(install);
  if (apt) {
    const listFile = join(ROOT, "targets", target.protocol, target.id, "runtime", "apt-packages.txt");
    const listed = existsSync(listFile)
      ? readFileSync(listFile, "utf8")
          .split("\n")
          .map((l) => l.trim())
      : [];
    for (const pkg of apt[1]!.split(/\s+/)) assert.ok(listed.includes(pkg), `${target.id}: "${install}" names ${pkg}, which ${listFile} does not list`);
    return env;
  }
  if (/^pip\s/.test(install)) {
    const made = await runAsync("python3", ["-m", "venv", venv]);
    assert.equal(made.status, 0, `python3 -m venv: ${made.stderr}`);
  }
  const r = await runAsync("timeout", [String(INSTALL_SECONDS), "sh", "-c", install], { cwd: dir, env });
  assert.equal(r.status, 0, `${target.id}: \`${install}\` failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  return env;
}
