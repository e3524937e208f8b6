/**
 * A target is a folder: copied to a new id in a temporary copy of the tree, with no other file edited,
 * it is in `snipgen list`, generates code, and the golden, parse and runtime runners run it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { ALL_TARGETS, targetDir } from "../helpers/registry.js";
import { ROOT } from "../helpers/snipgen.js";

// A target with a runtime description and no aliases (a copy would share them with its original).
const original = ALL_TARGETS.find((t) => t.aliases.length === 0 && existsSync(join(targetDir(t), "runtime.ts")));
const LEFT_OUT = new Set(["node_modules", ".git", ".tmp", "dist"]);

describe("a target is one folder", { skip: original ? false : "no target with a runtime and without aliases is selected" }, () => {
  const source = original!;
  const copyId = `${source.id}-copy`;
  const tree = mkdtempSync(join(tmpdir(), "snipgen-copy-target-"));
  after(() => rmSync(tree, { recursive: true, force: true }));

  const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
    // A test runner started inside a test reports to its parent's runner unless it is told it is not a child.
    const { NODE_TEST_CONTEXT: _child, ...outer } = process.env;
    return spawnSync(cmd, args, { cwd: tree, encoding: "utf8", env: { ...outer, SOURCE_DATE_EPOCH: "1772020800", ...env }, maxBuffer: 256 * 1024 * 1024 });
  };

  it(`copies targets/${source.protocol}/${source.id} to ${copyId} and builds`, () => {
    for (const name of readdirSync(ROOT).filter((n) => !LEFT_OUT.has(n) && !n.startsWith("dist."))) {
      cpSync(join(ROOT, name), join(tree, name), { recursive: true, filter: (path) => !/\/target(\/|$)/.test(path.slice(ROOT.length)) });
    }
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
    cpSync(join(tree, "targets", source.protocol, source.id), join(tree, "targets", source.protocol, copyId), { recursive: true });
    const build = run(process.execPath, ["scripts/build.mjs"]);
    assert.equal(build.status, 0, build.stderr);
  });

  it("the copy is listed and generates what its original generates", () => {
    const list = run(process.execPath, ["bin/snipgen.cjs", "list", "--protocol", source.protocol, "--format", "json"]);
    assert.equal(list.status, 0, list.stderr);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((t) => t.id);
    assert.ok(ids.includes(copyId) && ids.includes(source.id), `snipgen list: ${ids.join(", ")}`);
    for (const style of ["handler", "app"]) {
      const copy = run(process.execPath, ["bin/snipgen.cjs", "202", "--protocol", source.protocol, "-f", copyId, "--style", style]);
      const same = run(process.execPath, ["bin/snipgen.cjs", "202", "--protocol", source.protocol, "-f", source.id, "--style", style]);
      assert.equal(copy.status, 0, copy.stderr);
      assert.ok(copy.stdout.length > 0);
      assert.equal(copy.stdout, same.stdout);
    }
  });

  it("the golden, parse and runtime runners run the copy", () => {
    const layers = run(process.execPath, ["scripts/test.mjs", "test/golden", "test/parse", "test/runtime"], { SNIPGEN_TARGETS: copyId });
    assert.equal(layers.status, 0, `${layers.stdout.slice(-6000)}\n${layers.stderr.slice(-3000)}`);
    // Each runner's suite for the copy passed (the runners name a target's suite "golden files of <id>", "parse: <id>", "runtime: <id>").
    for (const suite of [`golden files of ${copyId}`, `parse: ${copyId}`, `runtime: ${copyId}`]) {
      assert.match(layers.stdout, new RegExp(`^\\s*ok \\d+ - ${suite}\\b`, "m"), `no passing suite "${suite}"`);
    }
    assert.match(layers.stdout, /^# pass [1-9]/m);
    assert.match(layers.stdout, /^# fail 0$/m);
  });
});
