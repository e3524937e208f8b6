/**
 * The catalogues (locales/<lang>/ui.json, locales/<lang>/codes.json) are complete and consistent: every
 * language has every key English has and no other, the same placeholders, every plural form its
 * language needs, and text of its own (identical to English only where a short explicit list allows);
 * every code of every protocol has a description in every language but English (whose descriptions
 * are the model's, protocols/<p>/codes.json).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { loadProtocol, PROTOCOL_IDS } from "../../protocols/index.js";
import { codesFile, formatMessage, Messages, placeholders, uiFile, type Message } from "../../src/i18n/catalog.js";
import { DEFAULT_LANG, LANGS, type Lang } from "../../src/i18n/languages.js";
import { unknownDescription } from "../../src/output/localize.js";

const PROTOCOLS = await Promise.all(PROTOCOL_IDS.map(loadProtocol));
const OTHERS = LANGS.filter((l) => l !== DEFAULT_LANG);
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
const EN = read(uiFile(DEFAULT_LANG)) as Record<string, Message>;

/**
 * English text a language may keep as it is: words that are the same in that language (or protocol and
 * standard names). Anything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, readonly Lang[]> = {
  ID: OTHERS,
  RFC: OTHERS,
  Redirection: ["fr"],
  Code: ["fr"],
  CODE: ["fr"],
  "{rfc}, section {section}": ["fr"],
  "no ({origin})": ["es"],
  "{count} code": ["fr"],
  "{count} codes": ["fr"],
};

const forms = (m: Message): [string, string][] => (typeof m === "string" ? [["", m]] : (Object.entries(m) as [string, string][]));

describe("ui.json", () => {
  it("English has messages, each a string or plural forms with an other form", () => {
    assert.ok(Object.keys(EN).length > 50);
    for (const [key, m] of Object.entries(EN)) assert.ok(typeof m === "string" || typeof m.other === "string", key);
  });

  for (const lang of OTHERS) {
    describe(lang, () => {
      const ui = read(uiFile(lang)) as Record<string, Message>;

      it("has every key English has, and no other", () => {
        assert.deepEqual(
          Object.keys(EN).filter((k) => !(k in ui)),
          [],
          "missing",
        );
        assert.deepEqual(
          Object.keys(ui).filter((k) => !(k in EN)),
          [],
          "not in English",
        );
      });

      it("uses the same placeholders as English in every message", () => {
        const differ = Object.keys(EN)
          .filter((k) => k in ui && placeholders(ui[k]!).join() !== placeholders(EN[k]!).join())
          .map((k) => `${k}: {${placeholders(ui[k]!).join("}, {")}} vs English's {${placeholders(EN[k]!).join("}, {")}}`);
        assert.deepEqual(differ, []);
      });

      it("has no brace outside a placeholder (a mistyped {name} would print as it is)", () => {
        const stray = Object.entries(ui).flatMap(([k, m]) =>
          forms(m)
            .filter(([, t]) => /[{}]/.test(t.replace(/\{\w+\}/g, "")))
            .map(([, t]) => `${k}: ${t}`),
        );
        assert.deepEqual(stray, []);
      });

      it("writes plural messages with every form the language needs (Intl.PluralRules), and only plural ones", () => {
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, m] of Object.entries(EN)) {
          const own = ui[key];
          if (own === undefined) continue;
          assert.equal(typeof own, typeof m, `${key}: plural in one language, not in the other`);
          if (typeof own !== "string") assert.deepEqual(Object.keys(own).sort(), [...needed].sort(), `${key}: the forms of ${lang}`);
        }
      });

      it("translates every message (identical to English only where SAME_AS_ENGLISH allows)", () => {
        const same = Object.keys(EN).flatMap((key) => {
          const own = ui[key];
          if (own === undefined) return [];
          const english = new Map(forms(EN[key]!));
          return forms(own)
            .filter(([form, text]) => english.get(form) === text && !SAME_AS_ENGLISH[text]?.includes(lang))
            .map(([form, text]) => `${key}${form && `.${form}`}: ${JSON.stringify(text)}`);
        });
        assert.deepEqual(same, []);
      });
    });
  }

  it("the allowance list names only text that is there (it does not hide anything else)", () => {
    const texts = new Set(Object.values(EN).flatMap((m) => forms(m).map(([, t]) => t)));
    assert.deepEqual(
      Object.keys(SAME_AS_ENGLISH).filter((t) => !texts.has(t)),
      [],
    );
  });

  for (const protocol of PROTOCOLS) {
    it(`${protocol.id}: English class names are the protocol's own, and each protocol's own messages exist`, () => {
      for (const [digit, name] of Object.entries(protocol.classNames)) assert.equal(EN[`class.${protocol.id}.${digit}`], name);
      for (const key of ["card.noSnippets", "page.returnIn", "unknown.description"]) assert.ok(`${key}.${protocol.id}` in EN, `${key}.${protocol.id}`);
    });

    it(`${protocol.id}: the English message for a code outside the model is the description the model gives it`, () => {
      const { min, max } = protocol.codeRange;
      for (let code = min; code <= max; code += 37) {
        if (protocol.codes.some((c) => c.code === code)) continue;
        assert.equal(unknownDescription(new Messages("en"), protocol, code), protocol.unknownEntry(code).description);
      }
    });
  }

  it("fills placeholders and picks plural forms", () => {
    assert.equal(formatMessage("en", "{a} and {b}", { a: 1, b: "x" }), "1 and x");
    assert.throws(() => formatMessage("en", "{a}", {}), /needs \{a\}/);
    const codes = { one: "{count} код", few: "{count} кода", many: "{count} кодов", other: "{count} кода" };
    assert.deepEqual(
      [1, 3, 5, 21, 75].map((count) => formatMessage("ru", codes, { count })),
      ["1 код", "3 кода", "5 кодов", "21 код", "75 кодов"],
    );
    assert.equal(formatMessage("en", { one: "{count} code", other: "{count} codes" }, { count: 79 }), "79 codes");
  });
});

describe("codes.json (the descriptions)", () => {
  it("English has none: its descriptions are the model's (protocols/<p>/codes.json)", () => {
    assert.ok(!existsSync(codesFile(DEFAULT_LANG)), codesFile(DEFAULT_LANG));
  });

  for (const lang of OTHERS) {
    it(`${lang}: locales/${lang}/codes.json describes every code of every protocol in its own words, and nothing else`, () => {
      assert.ok(existsSync(codesFile(lang)), `${codesFile(lang)} is missing`);
      const codes = read(codesFile(lang)) as Record<string, Record<string, unknown>>;
      assert.deepEqual(Object.keys(codes).sort(), [...PROTOCOL_IDS].sort(), "protocols");
      const problems: string[] = [];
      for (const protocol of PROTOCOLS) {
        const own = codes[protocol.id] ?? {};
        for (const entry of protocol.codes) {
          const text = own[String(entry.code)];
          if (typeof text !== "string" || !text.trim()) problems.push(`${protocol.id} ${entry.code}: missing`);
          else if (text.trim() === entry.description.trim()) problems.push(`${protocol.id} ${entry.code}: the English text`);
        }
        for (const code of Object.keys(own))
          if (!protocol.codes.some((c) => String(c.code) === code)) problems.push(`${protocol.id} ${code}: not a code of the model`);
      }
      assert.deepEqual(problems, []);
    });
  }
});
