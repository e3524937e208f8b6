import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, snipgen } from "../helpers/snipgen.js";

// Every block of the README and docs/*.md tagged `<!-- example: snipgen ... -->` is the real output of
// that command (SOURCE_DATE_EPOCH fixed). UPDATE_README=1 rewrites the blocks from fresh runs.
const DOCS = [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(ROOT, "docs", f)),
];
// `<!-- example in <folder>: snipgen ... -->` runs in that folder of the repository (e.g. a project with a config).
const EXAMPLE = /<!-- example(?: in ([\w./-]+))?: snipgen (.*?) -->\n```(\w*)\n[\s\S]*?```/g;

/** Splits a shell-like command line: single quotes, double quotes with \" and \\ escapes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2]?.replace(/\\(.)/g, "$1") ?? m[3]!);
  return words;
}

for (const file of DOCS) {
  const text = readFileSync(file, "utf8");
  const examples = [...text.matchAll(EXAMPLE)];
  if (file.endsWith("README.md")) it("the README has examples", () => assert.ok(examples.length >= 5));
  if (!examples.length) continue;
  describe(`${file.slice(ROOT.length)}: examples are real output`, () => {
    const rendered = new Map<string, string>();
    for (const [block, folder, command, lang] of examples) {
      it(`snipgen ${command}${folder ? ` (in ${folder})` : ""}`, () => {
        const r = snipgen(shellWords(command!), folder ? { cwd: join(ROOT, folder) } : {});
        const output = r.status === 0 ? r.stdout : r.stderr;
        const fresh = `<!-- example${folder ? ` in ${folder}` : ""}: snipgen ${command} -->\n\`\`\`${lang}\n${output.trimEnd()}\n\`\`\``;
        rendered.set(block, fresh);
        if (process.env.UPDATE_README !== "1") assert.equal(block, fresh, "the block differs from the command's output (UPDATE_README=1 rewrites it)");
      });
    }
    if (process.env.UPDATE_README === "1") {
      it("is rewritten", () => {
        let updated = text;
        for (const [old, fresh] of rendered) updated = updated.replace(old, fresh);
        writeFileSync(file, updated);
      });
    }
  });
}
