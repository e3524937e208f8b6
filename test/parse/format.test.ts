/**
 * Formatter fixed point: the generated code is what the language's formatter prints, so formatting
 * it again changes nothing. A language's own formatter (its checks name it: black, gofmt, ...) runs once
 * over every snippet of the language; prettier (in-process, with src/format's options) checks the
 * languages the pipeline formats with prettier. A missing formatter skips its languages with the
 * reason, or fails with SNIPGEN_REQUIRE_RUNTIMES=1.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LANGUAGES, loadLanguage, type Language } from "../../languages/index.js";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { formatCode } from "../../src/format/index.js";
import { checksOf } from "../helpers/language-checks.js";
import { ALL_TARGETS } from "../helpers/registry.js";
import { REQUIRED } from "../helpers/toolchains.js";
import { buildCorpus, label, reproduce, writeResults, type Item } from "./corpus.js";

const MAX_LISTED = 12;

interface Formatter {
  name: string;
  languages: Language[];
  /** Null when it can run here, else what is missing. */
  missing(): string | null;
  /** Returns, per item index, the formatter's diff for snippets it would change. */
  check(items: Item[]): Promise<Map<number, string>>;
}

/** A small line diff (changed lines only) for prettier's output, which has no diff of its own. */
function lineDiff(before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  const lines: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < 12; i++) {
    if (a[i] !== b[i]) lines.push(`@@ line ${i + 1}\n-${a[i] ?? ""}\n+${b[i] ?? ""}`);
  }
  return lines.join("\n") + "\n";
}

/** Every language's own formatter, then prettier for the languages the pipeline formats with it. */
async function formatters(): Promise<Formatter[]> {
  const found: Formatter[] = [];
  const withPrettier: Language[] = [];
  for (const language of LANGUAGES) {
    const external = (await checksOf(language)).formatter;
    if (external)
      found.push({ name: external.name, languages: [language], missing: external.missing, check: (items) => external.check(items.map((i) => i.source!)) });
    if ((await loadLanguage(language)).prettier) withPrettier.push(language);
  }
  found.push({
    name: "prettier",
    languages: withPrettier,
    missing: () => null,
    async check(items) {
      const result = new Map<number, string>();
      for (const [i, item] of items.entries()) {
        const again = await formatCode(item.source!, (await loadLanguage(item.target.language)).prettier);
        if (again !== item.source) result.set(i, lineDiff(item.source!, again));
      }
      return result;
    },
  });
  return found;
}

const CHECKS = new Map(await Promise.all(LANGUAGES.map(async (l) => [l, await checksOf(l)] as const)));
const FORMATTERS = await formatters();

let corpus: Item[] = [];
const started = Date.now();
const results: Record<string, { formatter: string; checked: number; failures: string[]; skipped: string | null }> = {};

describe("format: generated code is a fixed point of the language's formatter", { concurrency: false }, () => {
  before(async () => {
    corpus = (await buildCorpus()).filter((i) => i.source !== null);
  });

  after(() => {
    const frameworks = Object.fromEntries(
      ALL_TARGETS.map((t) => [
        t.id,
        results[t.id] ?? { formatter: "none", checked: 0, failures: [], skipped: `no formatter check for ${t.language} in this layer` },
      ]),
    );
    writeResults("format", {
      layer: "format",
      seconds: (Date.now() - started) / 1000,
      snippets: Object.values(results).reduce((n, r) => n + r.checked, 0),
      failures: Object.values(results).reduce((n, r) => n + r.failures.length, 0),
      frameworks,
    });
  });

  // A formatter keeps layouts it finds (black: a magic trailing comma), so a fixed point alone would
  // accept a collection exploded where the formatter would not explode it. Every body and header map of
  // the language's snippets must be laid out exactly as the formatter lays out the same value on one line.
  for (const language of LANGUAGES) {
    const external = CHECKS.get(language)!.formatter;
    const literalLayout = external?.literalLayout;
    if (!external || !literalLayout || !ALL_TARGETS.some((t) => t.language === language)) continue;
    it(`${external.name}: ${language} literals are laid out exactly as ${external.name} lays out the same value written on one line`, (t) => {
      const missing = external.missing();
      if (missing) {
        if (REQUIRED) assert.fail(`${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`);
        return t.skip(missing);
      }
      const literals = new Map<string, { name: string; value: JsonValue; what: string }>();
      for (const item of corpus.filter((i) => i.target.language === language)) {
        const response = item.doc!.response.final ?? item.doc!.response;
        const found: [string, JsonValue][] = [];
        // An HTTP body is JSON text; a SIP body is text, written as a string literal.
        if (response.body !== null) found.push(["body", item.target.protocol === "sip" ? response.body : parseJson(response.body)]);
        const headers = response.headers.filter(([n]) => n.toLowerCase() !== "content-type");
        if (headers.length) found.push(["headers", new Map(headers)]);
        for (const [name, value] of found) {
          const key = `${name} ${compactJson(value)}`;
          if (!literals.has(key)) literals.set(key, { name, value, what: `${item.variant.name} (${name}, ${item.target.id})` });
        }
      }
      const entries = [...literals.values()];
      assert.ok(entries.length > 0, `no ${language} literals in the corpus`);
      const failures = literalLayout(entries)
        .map((l, i) => ({ ...l, what: entries[i]!.what }))
        .filter((x) => x.formatter !== x.snipgen)
        .map((x) => `${x.what}:\n--- snipgen\n${x.snipgen}--- ${external.name}\n${x.formatter}`);
      assert.equal(
        failures.length,
        0,
        `${failures.length} of ${entries.length} ${language} literals are laid out differently from ${external.name}:\n\n${failures.slice(0, MAX_LISTED).join("\n")}`,
      );
    });
  }

  for (const formatter of FORMATTERS) {
    const targets = ALL_TARGETS.filter((t) => formatter.languages.includes(t.language));
    if (!targets.length) continue;
    const title = `${formatter.name}: ${targets.map((t) => t.id).join(", ")}`;
    const missing = formatter.missing();
    if (missing) {
      for (const t of targets) results[t.id] = { formatter: formatter.name, checked: 0, failures: [], skipped: missing };
      if (REQUIRED) it(`${title} (formatter present)`, () => assert.fail(`${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`));
      else it(title, { skip: missing }, () => {});
      continue;
    }
    it(title, async () => {
      const items = corpus.filter((i) => targets.some((t) => t.id === i.target.id));
      assert.ok(items.length > 0, `no snippets for ${title}`);
      const diffs = await formatter.check(items);
      const failures: string[] = [];
      for (const target of targets) {
        const r = (results[target.id] = { formatter: formatter.name, checked: 0, failures: [] as string[], skipped: null });
        items.forEach((item, i) => {
          if (item.target.id !== target.id) return;
          r.checked++;
          const diff = diffs.get(i);
          if (diff === undefined) return;
          const message = `${label(item)}: ${formatter.name} would change it:\n${diff.trimEnd()}\n  reproduce: ${reproduce(item)}`;
          r.failures.push(message);
          failures.push(message);
        });
      }
      const listed = failures.slice(0, MAX_LISTED).join("\n\n") + (failures.length > MAX_LISTED ? `\n\n... and ${failures.length - MAX_LISTED} more` : "");
      assert.equal(failures.length, 0, `${failures.length} of ${items.length} snippets are not ${formatter.name}-clean:\n\n${listed}`);
    });
  }
});
