import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { BIN, ROOT } from "../helpers/snipgen.js";

/** The modules a real `bin/snipgen` run loads (ESM resolutions, recorded by a loader hook). */
function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-imports-"));
  const file = join(dir, "imports.txt");
  try {
    const r = spawnSync(process.execPath, ["--import", join(ROOT, "test/helpers/record-imports.mjs"), BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, SNIPGEN_RECORD_IMPORTS: file },
    });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(file, "utf8").trim().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loads = (mods: string[], part: string) => mods.some((m) => m.includes(part));

// Not a timing test (those flake): what loads is what costs start-up time, and that is deterministic.
describe("lazy loading", () => {
  it("-f fastapi loads no prettier, no yargs, no Handlebars compiler, and only its own template", () => {
    const mods = modulesLoadedBy(["202", "-f", "fastapi"]);
    assert.ok(loads(mods, "dist/snipgen.mjs"), `the recorder works: ${mods.join(", ")}`);
    assert.ok(loads(mods, "dist/templates/http/fastapi.js"));
    for (const absent of ["prettier", "yargs", "node_modules/handlebars", "templates/http/express.js", "templates/http/django.js"]) {
      assert.ok(!loads(mods, absent), `loaded ${absent}: ${mods.filter((m) => m.includes(absent)).join(", ")}`);
    }
  });

  it("-f express loads prettier with babel and estree only", () => {
    const mods = modulesLoadedBy(["202", "-f", "express"]);
    assert.ok(loads(mods, "prettier/standalone"));
    assert.ok(loads(mods, "prettier/plugins/babel"));
    for (const absent of ["prettier-plugin-java", "plugin-php", "plugins/typescript", "yargs"]) assert.ok(!loads(mods, absent), `loaded ${absent}`);
  });

  it("-f spring-boot loads the Java plugin and not babel", () => {
    const mods = modulesLoadedBy(["202", "-f", "spring-boot"]);
    assert.ok(loads(mods, "prettier-plugin-java"));
    assert.ok(!loads(mods, "plugins/babel"));
  });

  it("help loads yargs (from its own chunk)", () => {
    assert.ok(loads(modulesLoadedBy(["--help"]), "dist/chunks/yargs-"));
  });
});
