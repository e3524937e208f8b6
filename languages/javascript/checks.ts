/** JavaScript for the test layers: tree-sitter-javascript, `node --check`, and evaluation in a vm context. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { pool } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

/** The value of a literal, evaluated by this very Node in a fresh context (no access to ours). */
export function evaluateLiteral(literal: string): unknown {
  return vm.runInNewContext(`(${literal})`);
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-javascript/tree-sitter-javascript.wasm", root: "program" },

  native: {
    name: "node --check",
    async check(sources) {
      const dir = mkdtempSync(join(tmpdir(), "snipgen-check-"));
      try {
        return await pool(sources, 4, (source, i) => {
          const file = join(dir, `${i}.mjs`);
          writeFileSync(file, source);
          return new Promise<string | null>((resolve) => {
            const child = spawn(process.execPath, ["--check", file], { stdio: ["ignore", "ignore", "pipe"] });
            let stderr = "";
            child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
            child.on("close", (code) => resolve(code === 0 ? null : stderr.trim()));
          });
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },

  prettierSample: { code: "const a = {b:1}", formatted: /const a = \{ b: 1 \};/ },

  evaluate: {
    missing: () => null,
    strings: (literals) =>
      literals.map((literal) => {
        const value = vm.runInNewContext(literal);
        if (typeof value !== "string") throw new Error(`${literal} evaluates to a ${typeof value}, not a string`);
        return value;
      }),
    // JSON text of the value: JavaScript itself moves integer-like keys first, so only JSON equality holds.
    values: (literals) => literals.map((literal) => JSON.stringify(evaluateLiteral(literal)) ?? "null"),
  },
};

export default checks;
