/**
 * The languages snipgen speaks: the seven of the site it replaces. Names and environment only, no I/O:
 * the catalogues themselves (locales/<lang>/) are read by catalog.ts, and only when text is printed.
 */
export const LANGS = ["en", "vi", "ru", "es", "pt", "fr", "id"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

/** Each language in its own words (completion, the export's language links). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: "English",
  vi: "Tiếng Việt",
  ru: "Русский",
  es: "Español",
  pt: "Português",
  fr: "Français",
  id: "Bahasa Indonesia",
};

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The language a locale name gives (vi_VN.UTF-8, pt-BR, fr, ru_RU@euro), if it is one of ours; C and POSIX give none. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const language = /^([A-Za-z]{2,3})(?=$|[_.@-])/.exec(locale ?? "")?.[1]?.toLowerCase();
  return isLang(language) ? language : undefined;
}

/**
 * The language of the environment, as POSIX decides the locale of messages: LC_ALL, else LC_MESSAGES,
 * else LANG (the first one set and not empty); English when that locale is not one of ours.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return langOfLocale(locale) ?? DEFAULT_LANG;
}

/** --lang as given (already checked against LANGS by the option parser), else the environment's. */
export function resolveLang(given: unknown, env: NodeJS.ProcessEnv = process.env): Lang {
  return isLang(given) ? given : langFromEnv(env);
}
