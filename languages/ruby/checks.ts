/** Ruby for the test layers: tree-sitter-ruby, and evaluation by the ruby interpreter. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fromCodePoints, outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

/** Runs a Ruby program made of one statement per literal; one output line each. */
function evaluate(literals: string[], statement: (literal: string) => string): string[] {
  const program = `# encoding: utf-8\nrequire "json"\n${literals.map(statement).join("\n")}\n`;
  return withTempDir({ "t.rb": program }, (dir) => outputLines(runCommand("ruby", [join(dir, "t.rb")])));
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-ruby/tree-sitter-ruby.wasm", root: "program" },

  evaluate: {
    missing: () => (spawnSync("ruby", ["-v"], { stdio: "ignore" }).status === 0 ? null : "ruby is not installed"),
    strings: (literals) => evaluate(literals, (l) => `puts ${l}.codepoints.map { |c| c.to_s(16) }.join(" ")`).map(fromCodePoints),
    values: (literals) => evaluate(literals, (l) => `puts JSON.generate(${l}, quirks_mode: true, ascii_only: true)`),
  },
};

export default checks;
