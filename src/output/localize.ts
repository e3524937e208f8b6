import { classOf, findCode } from "../../protocols/index.js";
import type { CodeEntry, Protocol } from "../../protocols/types.js";
import type { Messages } from "../i18n/catalog.js";

/** A code's class name in the language of `msg` ("Client Error", "Lỗi phía client"). */
export function classNameIn(msg: Messages, protocol: Protocol, code: number): string {
  return msg.t(`class.${protocol.id}.${classOf(code)}`);
}

/**
 * A code's description in the language of `msg`: the catalogue's (locales/<lang>/codes.json); for a code
 * outside the model (--allow-unknown), the catalogue's sentence about unknown codes; else the model's
 * English, where a translation is still missing (the tests require every code in every language).
 */
export function describe(msg: Messages, protocol: Protocol, entry: CodeEntry): string {
  const translated = msg.description(protocol.id, entry.code);
  if (translated !== undefined || msg.lang === "en") return translated ?? entry.description;
  if (findCode(protocol, entry.code)) return entry.description;
  return unknownDescription(msg, protocol, entry.code);
}

/** What is said of a code the model lacks (the English text is the one protocols/<p>/protocol.ts gives). */
export function unknownDescription(msg: Messages, protocol: Protocol, code: number): string {
  const cls = classOf(code);
  return msg.t(`unknown.description.${protocol.id}`, { code, cls, className: classNameIn(msg, protocol, code).toLocaleLowerCase(msg.lang) });
}

/** "RFC 9110 section 15.3.3" (card) or "RFC 9110, section 15.3.3" (page); the document alone where no section. */
export function whereDefined(msg: Messages, entry: CodeEntry, style: "card" | "page"): string {
  return entry.section ? msg.t(`${style}.where`, { rfc: entry.rfc, section: entry.section }) : entry.rfc;
}
