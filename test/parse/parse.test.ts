/**
 * Parse layer: every framework × every status code of the model × both styles (plus the runtime
 * matrix's hostile bodies, headers, methods) parses with its language's tree-sitter grammar with no
 * ERROR and no MISSING node. Codes a framework cannot answer must be refused with exit 2 and a
 * one-line reason instead.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { frameworksOf } from "../../src/registry/index.js";
import { STYLES } from "../../src/registry/types.js";
import { answerable, buildCorpus, reproduce, variants, writeResults, type Item } from "./corpus.js";
import { checkAspNetCore } from "./csharp.js";
import { describeProblem, parserFor, pointAt, ROOT_TYPE, syntaxProblems } from "./grammars.js";

const MAX_LISTED = 15;

let corpus: Item[] = [];
const started = Date.now();
const results: Record<string, { language: string; parsed: number; refused: number; failures: string[]; semanticChecks?: number }> = {};

function label(item: Item): string {
  return `${item.framework.id}, ${item.variant.name} (code ${item.variant.code}), ${item.style} style`;
}

function report(failures: string[]): string {
  const listed = failures.slice(0, MAX_LISTED).join("\n\n");
  return failures.length > MAX_LISTED ? `${listed}\n\n... and ${failures.length - MAX_LISTED} more` : listed;
}

describe("parse: every snippet parses with its language's tree-sitter grammar", { concurrency: false }, () => {
  before(async () => {
    corpus = await buildCorpus();
  });

  after(() => {
    writeResults("parse", {
      layer: "parse",
      seconds: (Date.now() - started) / 1000,
      snippets: Object.values(results).reduce((n, r) => n + r.parsed, 0),
      failures: Object.values(results).reduce((n, r) => n + r.failures.length, 0),
      frameworks: results,
    });
  });

  for (const fw of frameworksOf("http")) {
    for (const style of STYLES) {
      it(`${fw.id} (${fw.language}), ${style} style`, async () => {
        const parser = await parserFor(fw.language);
        const mine = corpus.filter((i) => i.framework === fw && i.style === style);
        assert.ok(mine.length > 0, `no snippets were generated for ${fw.id} ${style}`);
        const failures: string[] = [];
        const r = (results[fw.id] ??= { language: fw.language, parsed: 0, refused: 0, failures: [] });
        for (const item of mine) {
          const where = label(item);
          if (!answerable(fw, item.variant.code)) {
            const reasonOk = item.exitCode === 2 && new RegExp(`^snipgen: ${fw.id} cannot send ${item.variant.code} [^\\n]+: [^\\n]+\\n$`).test(item.stderr);
            if (!reasonOk) failures.push(`${where}: expected exit 2 with "snipgen: ${fw.id} cannot send ${item.variant.code} <reason>: <why>", got exit ${item.exitCode}, stderr ${JSON.stringify(item.stderr)}\n  reproduce: ${reproduce(item)}`);
            else r.refused++;
            continue;
          }
          if (item.exitCode !== 0 || item.source === null) {
            failures.push(`${where}: snipgen failed with exit ${item.exitCode}: ${item.stderr.trim()}\n  reproduce: ${reproduce(item)}`);
            continue;
          }
          const tree = parser.parse(item.source);
          if (!tree) {
            failures.push(`${where}: tree-sitter returned no tree`);
            continue;
          }
          try {
            r.parsed++;
            const root = tree.rootNode;
            const problems = syntaxProblems(root);
            if (problems.length) {
              const shown = problems.slice(0, 3).map((p) => `  ${describeProblem(p)}\n${pointAt(item.source!, p)}`);
              failures.push(`${where}: ${problems.length} syntax problem(s):\n${shown.join("\n")}\n  reproduce: ${reproduce(item)}`);
              continue;
            }
            if (root.type !== ROOT_TYPE[fw.language]) failures.push(`${where}: root node is ${root.type}, expected ${ROOT_TYPE[fw.language]}`);
            if (fw.language === "csharp") {
              r.semanticChecks = (r.semanticChecks ?? 0) + 1;
              const wrong = checkAspNetCore(item, root);
              if (wrong.length) failures.push(`${where}: the C# does not do what the spec says:\n  ${wrong.join("\n  ")}\n  reproduce: ${reproduce(item)}`);
            }
          } finally {
            tree.delete();
          }
        }
        r.failures.push(...failures);
        assert.equal(failures.length, 0, `${failures.length} of ${mine.length} ${fw.id} ${style}-style snippets fail:\n\n${report(failures)}`);
      });
    }
  }

  it("covers every framework, code and style", () => {
    const fws = frameworksOf("http");
    for (const fw of fws) {
      const r = results[fw.id];
      assert.ok(r, `${fw.id}: no results`);
      assert.ok(r.parsed > 0, `${fw.id}: nothing was parsed`);
    }
    const expected = variants().length;
    for (const fw of fws) {
      for (const style of STYLES) {
        const n = corpus.filter((i) => i.framework === fw && i.style === style).length;
        assert.equal(n, expected, `${fw.id} ${style}: ${n} snippets generated, expected one per code and case (${expected})`);
      }
    }
  });
});
