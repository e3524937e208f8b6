import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { langFromEnv, langOfLocale, LANGS, resolveLang } from "../../src/i18n/languages.js";

describe("the language of a run", () => {
  it("is the seven languages of the site snipgen replaces", () => assert.deepEqual([...LANGS], ["en", "vi", "ru", "es", "pt", "fr", "id"]));

  it("reads a locale's language part", () => {
    const cases: [string | undefined, string | undefined][] = [
      ["vi_VN.UTF-8", "vi"],
      ["pt_BR", "pt"],
      ["pt-BR", "pt"],
      ["fr", "fr"],
      ["ru_RU.KOI8-R", "ru"],
      ["id_ID.UTF-8", "id"],
      ["es_ES@euro", "es"],
      ["EN_us", "en"],
      ["de_DE.UTF-8", undefined],
      ["C.UTF-8", undefined],
      ["C", undefined],
      ["POSIX", undefined],
      ["vie", undefined],
      ["", undefined],
      [undefined, undefined],
    ];
    for (const [locale, lang] of cases) assert.equal(langOfLocale(locale), lang, String(locale));
  });

  it("takes the environment as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG; English otherwise", () => {
    assert.equal(langFromEnv({ LANG: "vi_VN.UTF-8" }), "vi");
    assert.equal(langFromEnv({ LC_MESSAGES: "ru_RU.UTF-8", LANG: "vi_VN.UTF-8" }), "ru");
    assert.equal(langFromEnv({ LC_ALL: "fr_FR.UTF-8", LC_MESSAGES: "ru_RU.UTF-8", LANG: "vi_VN.UTF-8" }), "fr");
    // The first variable set decides, even when it names a language snipgen does not speak.
    assert.equal(langFromEnv({ LC_ALL: "C", LANG: "vi_VN.UTF-8" }), "en");
    assert.equal(langFromEnv({ LC_ALL: "de_DE.UTF-8", LANG: "vi_VN.UTF-8" }), "en");
    // An empty one counts as unset.
    assert.equal(langFromEnv({ LC_ALL: "", LANG: "es_ES.UTF-8" }), "es");
    assert.equal(langFromEnv({}), "en");
  });

  it("--lang wins over the environment", () => {
    assert.equal(resolveLang("en", { LANG: "vi_VN.UTF-8" }), "en");
    assert.equal(resolveLang("id", { LC_ALL: "pt_BR.UTF-8" }), "id");
    assert.equal(resolveLang(undefined, { LANG: "pt_BR.UTF-8" }), "pt");
    assert.equal(resolveLang("all", { LANG: "pt_BR.UTF-8" }), "pt");
  });
});
