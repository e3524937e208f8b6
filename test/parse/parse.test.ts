/**
 * Parse layer: every target × every status code of the model × both styles (plus the runtime
 * matrix's hostile bodies, headers, methods) parses with its language's tree-sitter grammar with no
 * ERROR and no MISSING node. Codes a target cannot answer must be refused with exit 2 and a
 * one-line reason instead. A target whose folder holds a parse-check.ts is also checked by it.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { STYLES, type Target } from "../../src/registry/types.js";
import { ALL_TARGETS, answerable, targetDir } from "../helpers/registry.js";
import { casesOf } from "../helpers/protocol-cases.js";
import { buildCorpus, isCaseRefusal, isRefusal, label, reproduce, writeResults, type Item } from "./corpus.js";
import { describeProblem, parserFor, pointAt, rootTypeOf, syntaxProblems, type ParseCheck } from "./grammars.js";

const MAX_LISTED = 15;

let corpus: Item[] = [];
const started = Date.now();
const results: Record<string, { language: string; parsed: number; refused: number; failures: string[]; semanticChecks?: number; nativeOnly?: number }> = {};

function report(failures: string[]): string {
  const listed = failures.slice(0, MAX_LISTED).join("\n\n");
  return failures.length > MAX_LISTED ? `${listed}\n\n... and ${failures.length - MAX_LISTED} more` : listed;
}

/** The target's own parse check, when its folder has one. */
async function parseCheckOf(target: Target): Promise<ParseCheck | null> {
  const file = `${targetDir(target)}parse-check.ts`;
  if (!existsSync(file)) return null;
  const check = ((await import(file)) as { default?: ParseCheck }).default;
  if (typeof check !== "function") throw new Error(`${file} has no default export (a function of the item and its tree's root)`);
  return check;
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

  for (const target of ALL_TARGETS) {
    describe(`parse: ${target.id}`, () => {
      for (const style of STYLES) {
        it(`${target.id} (${target.language}), ${style} style`, async () => {
          const parser = await parserFor(target.language);
          const rootType = await rootTypeOf(target.language);
          const parseCheck = await parseCheckOf(target);
          const mine = corpus.filter((i) => i.target.id === target.id && i.style === style);
          assert.ok(mine.length > 0, `no snippets were generated for ${target.id} ${style}`);
          const failures: string[] = [];
          const r = (results[target.id] ??= { language: target.language, parsed: 0, refused: 0, failures: [] });
          for (const item of mine) {
            const where = label(item);
            if (!answerable(target, item.variant.code)) {
              const reasonOk = isRefusal(item);
              if (!reasonOk)
                failures.push(
                  `${where}: expected exit 2 with "snipgen: ${target.id} cannot send ${item.variant.code} <reason>: <why>", got exit ${item.exitCode}, stderr ${JSON.stringify(item.stderr)}\n  reproduce: ${reproduce(item)}`,
                );
              else r.refused++;
              continue;
            }
            // A case (not a code) with text the target's syntax cannot hold: a clean refusal naming it.
            if (isCaseRefusal(item)) {
              r.refused++;
              continue;
            }
            if (item.exitCode !== 0 || item.source === null) {
              failures.push(`${where}: snipgen failed with exit ${item.exitCode}: ${item.stderr.trim()}\n  reproduce: ${reproduce(item)}`);
              continue;
            }
            // No grammar (Kamailio's configuration): the native parser layer checks the file.
            if (!parser) {
              r.nativeOnly = (r.nativeOnly ?? 0) + 1;
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
              if (root.type !== rootType) failures.push(`${where}: root node is ${root.type}, expected ${rootType}`);
              if (parseCheck) {
                r.semanticChecks = (r.semanticChecks ?? 0) + 1;
                const wrong = parseCheck(item, root);
                if (wrong.length)
                  failures.push(`${where}: the ${target.language} does not do what the spec says:\n  ${wrong.join("\n  ")}\n  reproduce: ${reproduce(item)}`);
              }
            } finally {
              tree.delete();
            }
          }
          r.failures.push(...failures);
          assert.equal(failures.length, 0, `${failures.length} of ${mine.length} ${target.id} ${style}-style snippets fail:\n\n${report(failures)}`);
        });
      }
    });
  }

  it("covers every target, code and style", async () => {
    const targets = ALL_TARGETS;
    assert.ok(targets.length > 0, "no targets selected");
    for (const target of targets) {
      const r = results[target.id];
      assert.ok(r, `${target.id}: no results`);
      assert.ok(r.parsed > 0 || (r.nativeOnly ?? 0) > 0, `${target.id}: nothing was parsed or generated for its native parser`);
    }
    for (const target of targets) {
      const expected = (await casesOf(target.protocol)).variants().length;
      for (const style of STYLES) {
        const n = corpus.filter((i) => i.target.id === target.id && i.style === style).length;
        assert.equal(n, expected, `${target.id} ${style}: ${n} snippets generated, expected one per code and case (${expected})`);
      }
    }
  });
});
