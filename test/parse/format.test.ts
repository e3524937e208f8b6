/**
 * Formatter fixed point: the generated code is what the language's formatter prints, so formatting
 * it again changes nothing. black for Python and gofmt for Go run once each over a folder holding
 * every snippet; prettier (in-process, with src/format's options) checks JavaScript and Java.
 * A missing formatter skips its languages with the reason, or fails with SNIPGEN_REQUIRE_RUNTIMES=1.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { formatCode } from "../../src/format/index.js";
import { parseJson } from "../../src/model/json.js";
import type { JsonValue } from "../../src/model/types.js";
import { python } from "../../src/render/lang/python.js";
import { frameworksOf } from "../../src/registry/index.js";
import type { Language } from "../../src/registry/types.js";
import { commandWorks, VENV } from "../runtime/harness.js";
import { buildCorpus, reproduce, writeResults, type Item } from "./corpus.js";

const MAX_LISTED = 12;
const BLACK = `${VENV}/bin/black`;
const required = process.env.SNIPGEN_REQUIRE_RUNTIMES === "1";

interface Formatter {
  name: string;
  languages: Language[];
  /** Null when it can run here, else what is missing. */
  missing(): string | null;
  /** Returns, per item index, the formatter's diff for snippets it would change. */
  check(items: Item[]): Promise<Map<number, string>>;
}

/** Writes each snippet to its own file in a fresh folder, runs `fn`, removes the folder. */
function withFiles<T>(items: Item[], ext: string, fn: (dir: string, names: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-format-"));
  try {
    const names = items.map((item, i) => `s${i}_${item.framework.id.replace(/\W/g, "_")}_${item.style}.${ext}`);
    items.forEach((item, i) => writeFileSync(join(dir, names[i]!), item.source!));
    return fn(dir, names);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Splits a unified diff of several files (`--- a` / `+++ b` headers) into one diff per file name. */
function splitDiff(text: string, names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const header = /^(?:---|\+\+\+) (\S+)/.exec(line);
    if (header) {
      const name = names.find((n) => header[1]!.endsWith("/" + n) || header[1] === n);
      if (name) current = name;
    }
    if (current) out.set(current, (out.get(current) ?? "") + line + "\n");
  }
  return out;
}

const black: Formatter = {
  name: "black",
  languages: ["python"],
  missing: () => (existsSync(BLACK) && commandWorks(BLACK, ["--version"]) ? null : `black is not installed at ${BLACK} (run .ci/install-runtimes.sh)`),
  async check(items) {
    return withFiles(items, "py", (dir, names) => {
      // An empty pyproject.toml makes the folder black's project root: its defaults, no user configuration.
      writeFileSync(join(dir, "pyproject.toml"), "");
      const r = spawnSync(BLACK, ["--check", "--diff", "--quiet", "--no-cache", "."], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`black failed (exit ${r.status}):\n${r.stderr}`);
      const diffs = splitDiff(r.stdout, names);
      if (r.status === 1 && diffs.size === 0) throw new Error(`black reported changes it did not show:\n${r.stderr}`);
      return new Map([...diffs].map(([name, diff]) => [names.indexOf(name), diff]));
    });
  },
};

const gofmt: Formatter = {
  name: "gofmt",
  languages: ["go"],
  // `gofmt -l` with no path reads standard input (empty here) and exits 0.
  missing: () => (commandWorks("gofmt", ["-l"]) ? null : "gofmt is not installed (it comes with Go)"),
  async check(items) {
    return withFiles(items, "go", (dir, names) => {
      const r = spawnSync("gofmt", ["-l", "."], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`gofmt failed (exit ${r.status}):\n${r.stderr}`);
      const listed = r.stdout.split("\n").filter(Boolean).map((p) => p.replace(/^\.\//, ""));
      const result = new Map<number, string>();
      for (const name of listed) {
        const d = spawnSync("gofmt", ["-d", name], { cwd: dir, encoding: "utf8" });
        result.set(names.indexOf(name), d.stdout || d.stderr);
      }
      return result;
    });
  },
};

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

const prettier: Formatter = {
  name: "prettier",
  languages: ["javascript", "java"],
  missing: () => null,
  async check(items) {
    const result = new Map<number, string>();
    for (const [i, item] of items.entries()) {
      const again = await formatCode(item.source!, item.framework.formatter);
      if (again !== item.source) result.set(i, lineDiff(item.source!, again));
    }
    return result;
  },
};

const FORMATTERS = [black, gofmt, prettier];

let corpus: Item[] = [];
const started = Date.now();
const results: Record<string, { formatter: string; checked: number; failures: string[]; skipped: string | null }> = {};

function label(item: Item): string {
  return `${item.framework.id}, ${item.variant.name} (code ${item.variant.code}), ${item.style} style`;
}

describe("format: generated code is a fixed point of the language's formatter", { concurrency: false }, () => {
  before(async () => {
    corpus = (await buildCorpus()).filter((i) => i.source !== null);
  });

  after(() => {
    const frameworks = Object.fromEntries(
      frameworksOf("http").map((fw) => [fw.id, results[fw.id] ?? { formatter: "none", checked: 0, failures: [], skipped: `no formatter check for ${fw.language} in this layer` }]),
    );
    writeResults("format", {
      layer: "format",
      seconds: (Date.now() - started) / 1000,
      snippets: Object.values(results).reduce((n, r) => n + r.checked, 0),
      failures: Object.values(results).reduce((n, r) => n + r.failures.length, 0),
      frameworks,
    });
  });

  // black keeps a magic trailing comma it finds, so a fixed point alone would accept a collection
  // exploded where black would not explode it. Every body and header map of the Python snippets is
  // laid out as the templates do (`    body = ...`), flattened to one line by black itself (-C, no
  // length limit), then formatted by black: the result must be exactly snipgen's layout.
  it("black: Python literals are laid out exactly as black lays out the same value written on one line", (t) => {
    const missing = black.missing();
    if (missing) {
      if (required) assert.fail(`${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`);
      return t.skip(missing);
    }
    const sources = new Map<string, string>();
    for (const item of corpus.filter((i) => i.framework.language === "python")) {
      const response = item.doc!.response.final ?? item.doc!.response;
      const values: [string, JsonValue][] = [];
      if (response.body !== null) values.push(["body", parseJson(response.body)]);
      const headers = response.headers.filter(([n]) => n.toLowerCase() !== "content-type");
      if (headers.length) values.push(["headers", new Map(headers)]);
      for (const [name, value] of values) {
        const prefix = `    ${name} = `;
        const source = `def endpoint():\n${prefix}${python.literal(value, 4, prefix.length, 0)}\n`;
        if (!sources.has(source)) sources.set(source, `${item.variant.name} (${name}, ${item.framework.id})`);
      }
    }
    const texts = [...sources.keys()];
    const dir = mkdtempSync(join(tmpdir(), "snipgen-layout-"));
    try {
      const names = texts.map((_, i) => `l${i}.py`);
      const flat = dir;
      texts.forEach((text, i) => writeFileSync(join(flat, names[i]!), text));
      writeFileSync(join(dir, "pyproject.toml"), "");
      for (const args of [["-C", "-l", "100000"], []]) {
        const r = spawnSync(BLACK, ["--quiet", "--no-cache", ...args, "."], { cwd: flat, encoding: "utf8" });
        if (r.status !== 0) throw new Error(`black ${args.join(" ")} failed (exit ${r.status}):\n${r.stderr}`);
      }
      const failures = texts
        .map((text, i) => ({ text, black: readFileSync(join(flat, names[i]!), "utf8"), what: sources.get(text)! }))
        .filter((x) => x.black !== x.text)
        .map((x) => `${x.what}:\n--- snipgen\n${x.text}--- black\n${x.black}`);
      assert.equal(failures.length, 0, `${failures.length} of ${texts.length} Python literals are laid out differently from black:\n\n${failures.slice(0, MAX_LISTED).join("\n")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const formatter of FORMATTERS) {
    const fws = frameworksOf("http").filter((f) => formatter.languages.includes(f.language));
    const title = `${formatter.name}: ${fws.map((f) => f.id).join(", ")}`;
    const missing = formatter.missing();
    if (missing) {
      for (const fw of fws) results[fw.id] = { formatter: formatter.name, checked: 0, failures: [], skipped: missing };
      if (required) it(`${title} (formatter present)`, () => assert.fail(`${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`));
      else it(title, { skip: missing }, () => {});
      continue;
    }
    it(title, async () => {
      const items = corpus.filter((i) => fws.includes(i.framework));
      assert.ok(items.length > 0, `no snippets for ${title}`);
      const diffs = await formatter.check(items);
      const failures: string[] = [];
      for (const fw of fws) {
        const r = (results[fw.id] = { formatter: formatter.name, checked: 0, failures: [] as string[], skipped: null });
        items.forEach((item, i) => {
          if (item.framework !== fw) return;
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
