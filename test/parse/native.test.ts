import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pool } from "../runtime/harness.js";
import { buildCorpus, reproduce, type Item } from "./corpus.js";

// The languages' own front ends, besides tree-sitter: Python's ast.parse and `node --check`, over the
// same corpus as the parse layer (every code, both styles, hostile bodies, extra cases).
const corpus = buildCorpus();
const sources = async (language: string) => (await corpus).filter((i): i is Item & { source: string } => i.framework.language === language && i.source !== null);

describe("native parsers accept every snippet", () => {
  it("Python: ast.parse (django, flask, fastapi)", async () => {
    const items = await sources("python");
    assert.ok(items.length > 600, `only ${items.length} Python snippets`);
    const dir = mkdtempSync(join(tmpdir(), "snipgen-ast-"));
    try {
      items.forEach((item, i) => writeFileSync(join(dir, `${i}.py`), item.source));
      const check = `import ast, sys, pathlib\nbad = 0\nfor i in range(${items.length}):\n    p = pathlib.Path(sys.argv[1], f"{i}.py")\n    try:\n        ast.parse(p.read_text(encoding="utf-8"), str(p))\n    except SyntaxError as e:\n        bad += 1\n        print(f"{i}: {e}")\nsys.exit(1 if bad else 0)\n`;
      const r = spawnSync("python3", ["-c", check, dir], { encoding: "utf8" });
      const failed = r.stdout.trim().split("\n").filter(Boolean).map((line) => `${line}\n  reproduce: ${reproduce(items[Number(line.split(":")[0])]!)}`);
      assert.equal(r.status, 0, failed.join("\n") || r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("JavaScript: node --check (express)", async () => {
    const items = await sources("javascript");
    assert.ok(items.length > 150, `only ${items.length} JavaScript snippets`);
    const dir = mkdtempSync(join(tmpdir(), "snipgen-check-"));
    try {
      const failures = await pool(items, 4, (item) => {
        const file = join(dir, `${items.indexOf(item)}.mjs`);
        writeFileSync(file, item.source);
        return new Promise<string | null>((resolve) => {
          const child = spawn(process.execPath, ["--check", file], { stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
          child.on("close", (code) => resolve(code === 0 ? null : `${stderr.trim()}\n  reproduce: ${reproduce(item)}`));
        });
      });
      assert.deepEqual(failures.filter(Boolean), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
