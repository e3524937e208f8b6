import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { LANGUAGES, loadLanguage, type Language } from "../../languages/index.js";
import type { Target } from "../../src/registry/types.js";
import { registeredTargets } from "../helpers/registry.js";
import { BIN, ROOT } from "../helpers/snipgen.js";

/** The files a real `bin/snipgen.cjs` run loads (built code, templates and formatters read from dist/ and node_modules, and ES modules the loader resolves) and the target files it reads. */
function modulesLoadedBy(args: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-imports-"));
  const file = join(dir, "imports.txt");
  try {
    const r = spawnSync(process.execPath, ["--import", join(ROOT, "test/helpers/record-imports.mjs"), BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env, SNIPGEN_RECORD_IMPORTS: file },
    });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(file, "utf8").trim().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loads = (mods: string[], part: string) => mods.some((m) => m.includes(part));

const TARGETS = registeredTargets("http");
const LANGUAGE = new Map(await Promise.all(LANGUAGES.map(async (l) => [l, await loadLanguage(l)] as const)));
const prettierOf = (t: Target) => LANGUAGE.get(t.language as Language)!.prettier;
/** Every prettier plugin some language uses. */
const ALL_PLUGINS = [...new Set(LANGUAGES.flatMap((l) => LANGUAGE.get(l)!.prettier?.plugins ?? []))];

/** Exactly one target's template and constants, and one language's code, in what a run loaded. */
function onlyItsOwn(mods: string[], target: Target): void {
  const { protocol, id, language } = target;
  const templates = [...new Set(mods.filter((m) => m.includes("/dist/templates/")))];
  assert.deepEqual(templates, [`file://${ROOT}dist/templates/${protocol}/${id}.cjs`], "templates loaded");
  // The registry reads the folder of the target asked for, not every target's: start-up does not grow with the catalog.
  const described = [...new Set(mods.filter((m) => m.endsWith("/target.json")))];
  assert.deepEqual(described, [`file://${ROOT}targets/${protocol}/${id}/target.json`], "target.json read");
  // A target's own template helpers (targets/<p>/<id>/helpers.ts, bundled to dist/helpers/): its own or none.
  const helpers = [...new Set(mods.filter((m) => m.includes("/dist/helpers/")))];
  assert.ok(
    helpers.every((m) => m === `file://${ROOT}dist/helpers/${protocol}/${id}.cjs`),
    `other targets' helpers: ${helpers.join(", ")}`,
  );
  const constants = [...new Set(mods.filter((m) => m.endsWith("/constants.json")))];
  assert.deepEqual(constants, [`file://${ROOT}targets/${protocol}/${id}/constants.json`], "constants.json read");
  const chunks = mods.filter((m) => LANGUAGES.some((l) => new RegExp(`/dist/chunks/${l}-[^/]*\\.cjs$`).test(m)));
  assert.equal(chunks.length, 1, `one language chunk: ${chunks.join(", ")}`);
  assert.match(chunks[0]!, new RegExp(`/dist/chunks/${language}-[^/]*\\.cjs$`));
  const partials = [...new Set(mods.filter((m) => /\/dist\/partials\//.test(m)).map((m) => /\/dist\/partials\/([^/]+)\.cjs$/.exec(m)![1]))];
  assert.ok(
    partials.every((l) => l === language),
    `partials of other languages: ${partials.join(", ")}`,
  );
}

// Not a timing test (those flake): what loads is what costs start-up time, and that is deterministic.
describe("lazy loading", () => {
  const plain = TARGETS.find((t) => !prettierOf(t))!;

  it("-f <a target without prettier> loads no prettier, no yargs, no Handlebars compiler, and only its own template, constants and language", () => {
    const mods = modulesLoadedBy(["202", "-f", plain.id]);
    assert.ok(loads(mods, "dist/snipgen.cjs"), `the recorder works: ${mods.join(", ")}`);
    assert.ok(loads(mods, `dist/templates/${plain.protocol}/${plain.id}.cjs`));
    // dist/chunks/serve-*: `snipgen serve`'s servers, loaded only by that command; html-export-* and
    // highlight.js: export --format html's pages and highlighter.
    for (const absent of ["prettier", "yargs", "node_modules/handlebars", "dist/chunks/serve-", "dist/chunks/html-", "highlight.js"]) {
      assert.ok(!loads(mods, absent), `loaded ${absent}: ${mods.filter((m) => m.includes(absent)).join(", ")}`);
    }
    onlyItsOwn(mods, plain);
  });

  // One target per prettier parser: its plugins and no other language's.
  const parsers = new Map<string, Target>();
  for (const t of TARGETS) {
    const prettier = prettierOf(t);
    if (prettier && !parsers.has(prettier.parser)) parsers.set(prettier.parser, t);
  }
  it("there are targets formatted by prettier with different plugins", () => assert.ok(parsers.size >= 2, [...parsers.keys()].join(", ")));
  for (const [parser, target] of parsers) {
    it(`-f <a target prettier formats with ${parser}> loads prettier with that language's plugins only, and only its own template, constants and language`, () => {
      const mods = modulesLoadedBy(["202", "-f", target.id]);
      const own = prettierOf(target)!.plugins;
      assert.ok(loads(mods, "prettier/standalone"));
      for (const plugin of own) assert.ok(loads(mods, `node_modules/${plugin}`), `did not load ${plugin}`);
      const absent = [...ALL_PLUGINS.filter((p) => !own.includes(p)), "plugin-php", "yargs"];
      if (!own.includes("prettier/plugins/typescript")) absent.push("plugins/typescript");
      for (const part of absent) assert.ok(!loads(mods, part), `loaded ${part}`);
      onlyItsOwn(mods, target);
    });
  }

  it("-f reads no language catalogue, whatever the language asked for; the card reads its language's only", () => {
    for (const [args, env] of [
      [["202", "-f", plain.id], { LANG: "vi_VN.UTF-8" }],
      [["202", "-f", plain.id, "--lang", "ru"], {}],
    ] as const) {
      const mods = modulesLoadedBy([...args], env);
      assert.ok(loads(mods, "dist/snipgen.cjs"), `the recorder works: ${mods.join(", ")}`);
      assert.ok(!loads(mods, "/locales/"), `${args.join(" ")} read ${mods.filter((m) => m.includes("/locales/")).join(", ")}`);
    }
    // The recorder sees catalogues when they are read: the card reads its language's (ui.json, and codes.json where there is one).
    const card = modulesLoadedBy(["202", "--lang", "vi"]).filter((m) => m.includes("/locales/"));
    assert.ok(card.includes(`file://${ROOT}locales/vi/ui.json`), card.join(", "));
    assert.deepEqual(
      card.filter((m) => !m.startsWith(`file://${ROOT}locales/vi/`)),
      [],
      "only Vietnamese catalogues",
    );
  });

  it("help loads yargs (from its own chunk)", () => {
    assert.ok(loads(modulesLoadedBy(["--help"]), "dist/chunks/yargs-"));
  });

  it("export --format html loads the highlighter and the HTML chunk; a Markdown export loads neither", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-export-"));
    try {
      const html = modulesLoadedBy(["export", join(dir, "html"), "--format", "html", "--protocol", "http", "--codes", "200"]);
      assert.ok(loads(html, "dist/chunks/html-export-") && loads(html, "node_modules/highlight.js/"), html.join(", "));
      const markdown = modulesLoadedBy(["export", join(dir, "md"), "--protocol", "http", "--codes", "200"]);
      for (const absent of ["dist/chunks/html-", "highlight.js"]) assert.ok(!loads(markdown, absent), `loaded ${absent}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the servers of `snipgen serve` are a chunk of their own, which the snippet run above does not load", () => {
    assert.ok(readdirSync(join(ROOT, "dist/chunks")).some((f) => /^serve-[^/]*\.cjs$/.test(f)));
  });
});
