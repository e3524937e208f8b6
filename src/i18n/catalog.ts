import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InternalError, UsageError } from "../errors.js";
import { LOCALES_DIR } from "../paths.js";
import { DEFAULT_LANG, type Lang } from "./languages.js";

/**
 * The catalogues: locales/<lang>/ui.json (headings, fixed sentences, class names, the common errors)
 * and locales/<lang>/codes.json (each code's description; English keeps its own in
 * protocols/<p>/codes.json). Plain JSON: a message is a string with {name} placeholders, or, where
 * a number decides the words, an object of CLDR plural forms ({"one": "{count} code", "other": ...})
 * chosen with Intl.PluralRules. Each file is read on first use, so a run that prints no text reads none.
 */
export type Params = Readonly<Record<string, string | number>>;
export type Message = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export type UiCatalog = Readonly<Record<string, Message>>;
/** protocol id → code → description. */
export type CodesCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

export const uiFile = (lang: Lang) => join(LOCALES_DIR, lang, "ui.json");
export const codesFile = (lang: Lang) => join(LOCALES_DIR, lang, "codes.json");

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new InternalError(`${file}: ${(err as Error).message}`);
  }
}

const uiCache = new Map<Lang, UiCatalog>();
const codesCache = new Map<Lang, CodesCatalog | null>();

export function readUi(lang: Lang): UiCatalog {
  let ui = uiCache.get(lang);
  if (!ui) uiCache.set(lang, (ui = readJson(uiFile(lang)) as UiCatalog));
  return ui;
}

/** A language's code descriptions; null where its file is not there (yet). */
export function readCodes(lang: Lang): CodesCatalog | null {
  if (!codesCache.has(lang)) codesCache.set(lang, existsSync(codesFile(lang)) ? (readJson(codesFile(lang)) as CodesCatalog) : null);
  return codesCache.get(lang)!;
}

/** The {name} placeholders of a message (of every plural form), sorted, each once. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((t) => [...t!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

/** A message with its placeholders filled; a plural message takes the form Intl.PluralRules gives {count}. */
export function formatMessage(lang: Lang, message: Message, params: Params = {}): string {
  let text: string | undefined;
  if (typeof message === "string") text = message;
  else {
    const count = Number(params.count);
    text = message[new Intl.PluralRules(lang).select(count)] ?? message.other;
  }
  if (text === undefined) throw new InternalError(`a plural message without an "other" form: ${JSON.stringify(message)}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new InternalError(`message ${JSON.stringify(text)} needs {${name}}`);
    return String(value);
  });
}

/** Looks a message up in a language, falling back to English's (the tests require every key in every language). */
export function message(lang: Lang, key: string): Message {
  const found = readUi(lang)[key] ?? (lang === DEFAULT_LANG ? undefined : readUi(DEFAULT_LANG)[key]);
  if (found === undefined) throw new InternalError(`no message "${key}" in ${uiFile(DEFAULT_LANG)}`);
  return found;
}

/** The printed text of a message. */
export const translate = (lang: Lang, key: string, params: Params = {}): string => formatMessage(lang, message(lang, key), params);

/**
 * A bad-input error whose text is a catalogue message: its message is the English text, and the CLI
 * prints it in the language asked for. Reads the English catalogue, on the error path only.
 */
export function usageError(key: string, params: Params = {}): UsageError {
  return new UsageError(translate(DEFAULT_LANG, key, params), { key, params });
}

/** What a page, card or list needs to speak one language: messages and code descriptions, read lazily. */
export class Messages {
  constructor(readonly lang: Lang) {}

  t(key: string, params: Params = {}): string {
    return translate(this.lang, key, params);
  }

  /** A translated description of a code, where the language has one (English's are the model's own: none here). */
  description(protocol: string, code: number): string | undefined {
    if (this.lang === DEFAULT_LANG) return undefined;
    return readCodes(this.lang)?.[protocol]?.[String(code)];
  }
}
