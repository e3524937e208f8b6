/**
 * snipgen in the seven languages, as a process: the page, the card, --format json, codes and list,
 * export --lang all, the language from LANG/LC_ALL and the project's config, and a language it does not speak.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, describe, it } from "node:test";
import { loadProtocol } from "../../protocols/index.js";
import { codesFile, readUi } from "../../src/i18n/catalog.js";
import { LANGS, LANGUAGE_NAMES, type Lang } from "../../src/i18n/languages.js";
import { registeredTargets } from "../helpers/registry.js";
import { snipgen } from "../helpers/snipgen.js";

const OTHERS = LANGS.filter((l) => l !== "en");
const http = await loadProtocol("http");
const sip = await loadProtocol("sip");

function ok(args: string[], env: Record<string, string> = {}): string {
  const r = snipgen(args, { env });
  assert.equal(r.status, 0, `snipgen ${args.join(" ")}: ${r.stderr}`);
  assert.equal(r.stderr, "");
  return r.stdout;
}

/** The message of a language with its placeholders filled (plain messages only). */
function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const m = readUi(lang)[key];
  assert.equal(typeof m, "string", key);
  return (m as string).replace(/\{(\w+)\}/g, (_, n: string) => String(params[n]));
}

/** A language's description of a code, where its codes.json has one (test/i18n/catalogue.test.ts requires it); else the English. */
function descriptionIn(lang: Lang, protocol: "http" | "sip", code: number): string {
  const english = (protocol === "http" ? http : sip).codes.find((c) => c.code === code)!.description;
  if (lang === "en" || !existsSync(codesFile(lang))) return english;
  return (JSON.parse(readFileSync(codesFile(lang), "utf8")) as Record<string, Record<string, string>>)[protocol]?.[String(code)] ?? english;
}

/** Headings outside code blocks, and the code blocks themselves. */
function anatomy(page: string): { headings: string[]; blocks: string[] } {
  const blocks = [...page.matchAll(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm)].map((m) => m[0]);
  const prose = page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "");
  return { headings: prose.split("\n").filter((l) => /^#{1,3} /.test(l)), blocks };
}

describe("the page in every language", () => {
  const pages = new Map(LANGS.map((l) => [l, { http: ok(["202", "--all", "--lang", l]), sip: ok(["sip", "202", "--all", "--lang", l]) }]));
  const english = pages.get("en")!;

  /** The seed's sections in the language, its description, and the same code blocks as the English page (code stays code). */
  function assertPage(lang: Lang, protocol: "http" | "sip", tryIt: string): string {
    const page = pages.get(lang)![protocol];
    const title = protocol.toUpperCase();
    assert.deepEqual(anatomy(page).headings, [
      "# 202 Accepted",
      `## ${t(lang, "page.response", { protocol: title })}`,
      `## ${t(lang, tryIt)}`,
      `## ${t(lang, `page.returnIn.${protocol}`, { title: "202 Accepted" })}`,
      ...registeredTargets(protocol).map((x) => `### ${x.title}`),
      `## ${t(lang, "page.more", { protocol: title })}`,
    ]);
    assert.ok(page.includes(`\n${descriptionIn(lang, protocol, 202)}\n`), "the description");
    assert.deepEqual(anatomy(page).blocks, anatomy(english[protocol]).blocks);
    assert.ok(page.includes(t(lang, "page.confused", { title: "202 Accepted" })));
    return page;
  }

  for (const lang of LANGS) {
    it(`${lang}: the HTTP page has the seed's sections in ${lang}, its description, and the same code as the English page`, () => {
      assert.match(assertPage(lang, "http", "tryit.http.heading"), /\| 201 \| Created \| `snipgen 201 --all` \|/);
    });

    it(`${lang}: the SIP page (the seed page done right): its response, the sipp test and the SIP stacks, in ${lang}`, () => {
      assert.match(assertPage(lang, "sip", "tryit.sip.heading"), /\| 200 \| OK \| `snipgen sip 200 --all` \|/);
    });
  }

  it("the pages differ from English in every other language", () => {
    for (const lang of OTHERS) assert.notEqual(pages.get(lang)!.http, english.http, lang);
  });
});

describe("the card, JSON, codes and list", () => {
  for (const lang of OTHERS) {
    it(`${lang}: the card`, () => {
      const card = ok(["404", "--lang", lang]);
      assert.ok(card.startsWith(`404 Not Found (${t(lang, "class.http.4")})\n`), card.slice(0, 80));
      assert.ok(card.includes(`${t(lang, "card.definedIn", { where: t(lang, "card.where", { rfc: "RFC 9110", section: "15.5.5" }) })}\n`));
      assert.ok(card.includes(`\n${t(lang, "card.inAnswerTo", { request: "GET /endpoint" })}\n`));
      assert.ok(card.includes(`${t(lang, "card.snippets")} snipgen 404 -f <framework>`));
      // The second command line starts under the first, whatever the label's length.
      const [first, second] = card.split("\n").filter((l) => l.includes("snipgen 404 "));
      assert.equal(second!.indexOf("snipgen"), first!.indexOf("snipgen"));
      assert.ok(card.includes("HTTP/1.1 404 Not Found\n"));
    });

    it(`${lang}: --format json translates the description and nothing else`, () => {
      const doc = JSON.parse(ok(["202", "-f", registeredTargets("http")[0]!.id, "--format", "json", "--lang", lang])) as Record<string, unknown>;
      const en = JSON.parse(ok(["202", "-f", registeredTargets("http")[0]!.id, "--format", "json"])) as Record<string, unknown>;
      assert.equal(doc.description, descriptionIn(lang, "http", 202));
      assert.deepEqual({ ...doc, description: "" }, { ...en, description: "" });
    });

    it(`${lang}: codes and list translate their headings and words, not their JSON`, () => {
      const codes = ok(["codes", "--lang", lang]).split("\n");
      assert.deepEqual(
        codes[0]!.split(/\s{2,}/),
        ["code", "reason", "class", "official", "rfc"].map((c) => t(lang, `codes.${c}`)),
      );
      assert.ok(codes[1]!.includes(t(lang, "class.http.1")));
      const list = ok(["list", "--lang", lang]).split("\n");
      assert.deepEqual(
        list[0]!.split(/\s{2,}/),
        ["id", "title", "language", "aliases", "formatter"].map((c) => t(lang, `list.${c}`)),
      );
      assert.equal(ok(["codes", "--format", "json", "--lang", lang]), ok(["codes", "--format", "json"]));
      assert.equal(ok(["list", "--format", "json", "--lang", lang]), ok(["list", "--format", "json"]));
    });

    it(`${lang}: the errors people see most`, () => {
      const cases: [string[], string][] = [
        [["202", "-f", "fastap"], t(lang, "error.unknownFrameworkNear", { name: "fastap", protocol: "http", suggestion: "fastapi" })],
        [["209"], t(lang, "error.unknownCodeNear", { code: 209, protocol: "HTTP", near: "208 Already Reported" })],
        [["486"], t(lang, "error.otherProtocolCode", { code: 486, protocol: "HTTP", other: "SIP", reason: "Busy Here", command: "snipgen sip 486" })],
        [["700"], t(lang, "error.codeRange", { protocol: "HTTP", min: 100, max: 599, code: 700 })],
      ];
      for (const [args, message] of cases) {
        const r = snipgen([...args, "--lang", lang]);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, "");
        assert.equal(r.stderr, `snipgen: ${message}\n`);
      }
    });
  }
});

describe("which language", () => {
  const firstLine = (args: string[], env: Record<string, string> = {}) => ok(args, env).split("\n")[0];
  const cardIn = (lang: Lang) => `202 Accepted (${t(lang, "class.http.2")})`;

  it("from LANG, LC_MESSAGES or LC_ALL when it names one of the seven (LC_ALL first); English otherwise", () => {
    assert.equal(firstLine(["202"], { LANG: "vi_VN.UTF-8" }), cardIn("vi"));
    assert.equal(firstLine(["202"], { LANG: "vi_VN.UTF-8", LC_ALL: "ru_RU.UTF-8" }), cardIn("ru"));
    assert.equal(firstLine(["202"], { LANG: "vi_VN.UTF-8", LC_MESSAGES: "pt_BR.UTF-8" }), cardIn("pt"));
    assert.equal(firstLine(["202"], { LANG: "de_DE.UTF-8" }), cardIn("en"));
    assert.equal(firstLine(["202"], { LANG: "vi_VN.UTF-8", LC_ALL: "C" }), cardIn("en"));
    assert.equal(snipgen(["202", "-f", "fastapi"], { env: { LANG: "ru_RU.UTF-8" } }).stderr, "", "a snippet is the same in every language");
    assert.equal(ok(["202", "-f", "fastapi"], { LANG: "ru_RU.UTF-8" }), ok(["202", "-f", "fastapi"]));
  });

  it("--lang wins over the environment, and the project's `language` sits between them", () => {
    assert.equal(firstLine(["202", "--lang", "en"], { LANG: "vi_VN.UTF-8" }), cardIn("en"));
    assert.equal(firstLine(["202", "--lang=fr"], { LC_ALL: "vi_VN.UTF-8" }), cardIn("fr"));
    const dir = mkdtempSync(join(tmpdir(), "snipgen-lang-"));
    try {
      writeFileSync(join(dir, ".snipgenrc.json"), JSON.stringify({ language: "es" }));
      const inDir = (args: string[], env: Record<string, string> = {}) => {
        const r = snipgen(args, { cwd: dir, env });
        assert.equal(r.status, 0, r.stderr);
        return r.stdout;
      };
      assert.equal(inDir(["202"], { LANG: "vi_VN.UTF-8" }).split("\n")[0], cardIn("es"));
      assert.equal(inDir(["202", "--lang", "id"]).split("\n")[0], cardIn("id"));
      assert.equal(inDir(["codes"]).split(/\s{2,}/)[0], t("es", "codes.code"));
      assert.equal(inDir(["202", "--no-config"]).split("\n")[0], cardIn("en"));
      writeFileSync(join(dir, ".snipgenrc.json"), JSON.stringify({ language: "de" }));
      const bad = snipgen(["202"], { cwd: dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /^snipgen: .*\.snipgenrc\.json: "language" must be one of en, vi, ru, es, pt, fr, id\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a language snipgen does not speak is exit 2 naming the seven", () => {
    for (const args of [
      ["202", "--lang", "de"],
      ["202", "--all", "--lang=xx"],
      ["202", "-f", "fastapi", "--lang", "all"],
      ["codes", "--lang", "de"],
    ]) {
      const r = snipgen(args);
      assert.equal(r.status, 2, args.join(" "));
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^snipgen: --lang "\w+" is not one of en, vi, ru, es, pt, fr, id\n$/, args.join(" "));
    }
    const r = snipgen(["export", join(tmpdir(), "never-written"), "--lang", "de"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^snipgen: --lang "de" is not one of en, vi, ru, es, pt, fr, id, all\n$/);
  });

  it("completion offers the languages after --lang (and all for export)", () => {
    const values = (words: string[]) =>
      ok(["__complete", ...words])
        .trim()
        .split("\n")
        .map((l) => l.split("\t"));
    assert.deepEqual(
      values(["202", "--lang", ""]),
      LANGS.map((l) => [l, LANGUAGE_NAMES[l]]),
    );
    assert.deepEqual(
      values(["export", "site", "--lang", ""]).map(([v]) => v),
      [...LANGS, "all"],
    );
    assert.ok(values(["202", "--l"]).some(([v]) => v === "--lang"));
  });
});

describe("export --lang", () => {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-export-lang-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const CODES = ["200", "202", "204"];

  it("--lang all writes each language into its own folder, an index linking them, and pages linking each other", () => {
    const out = ok(["export", dir, "--protocol", "sip", "--codes", CODES.join(","), "--lang", "all"]);
    // Per language: the pages, the protocol's index and the language's index; and the index of languages.
    const total = LANGS.length * (CODES.length + 2) + 1;
    assert.equal(out, `wrote ${total} files to ${dir}\n`);
    assert.deepEqual(readdirSync(dir).sort(), [...LANGS, "index.md"].sort());
    for (const lang of LANGS) {
      assert.deepEqual(readdirSync(join(dir, lang, "sip")).sort(), [...CODES.map((c) => `${c}.md`), "index.md"].sort());
      // The page is the --all page of that language, with the other languages linked under its title and the codes linked.
      const page = readFileSync(join(dir, lang, "sip", "202.md"), "utf8");
      const line = page.split("\n")[2]!;
      assert.ok(line.startsWith(t(lang, "page.languages", { links: "" })), line);
      const alone = ok(["sip", "202", "--all", "--lang", lang]);
      assert.equal(page.replace(`${line}\n\n`, ""), alone.replace(/\| (\d{3}) \|/g, "| [$1]($1.md) |"));
    }
    // Every link of every file written resolves to a file written.
    const broken: string[] = [];
    const files = [
      join(dir, "index.md"),
      ...LANGS.flatMap((l) => [join(dir, l, "index.md"), ...readdirSync(join(dir, l, "sip")).map((f) => join(dir, l, "sip", f))]),
    ];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)]+\.md)\)/g)) if (!existsSync(resolve(dirname(file), target!))) broken.push(`${file}: ${target}`);
    }
    assert.deepEqual(broken, []);
    const top = readFileSync(join(dir, "index.md"), "utf8");
    for (const lang of LANGS) assert.ok(top.includes(`[${LANGUAGE_NAMES[lang]}](${lang}/index.md)`), lang);
    // Each language's index links the six others.
    const vi = readFileSync(join(dir, "vi", "index.md"), "utf8");
    for (const lang of OTHERS.filter((l) => l !== "vi")) assert.ok(vi.includes(`[${LANGUAGE_NAMES[lang]}](../${lang}/index.md)`), lang);
    assert.ok(vi.includes(`[${LANGUAGE_NAMES.en}](../en/index.md)`));
  });

  it("--lang vi writes one language, as export does without it", () => {
    const one = join(dir, "one");
    ok(["export", one, "--protocol", "http", "--codes", "200,404", "--lang", "vi"]);
    assert.deepEqual(readdirSync(one), ["http"]);
    assert.equal(
      readFileSync(join(one, "http", "404.md"), "utf8"),
      ok(["404", "--all", "--lang", "vi"]).replace(/\| (200|404) \|/g, "| [$1]($1.md) |"),
      "the page, its exported codes linked (the others are not in the export)",
    );
    assert.ok(readFileSync(join(one, "http", "index.md"), "utf8").startsWith(`# ${t("vi", "export.protocolTitle", { protocol: "HTTP" })}\n`));
  });
});
