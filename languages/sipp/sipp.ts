import type { JsonValue } from "../../src/json/ordered-json.js";
import { compactJson } from "../../src/json/ordered-json.js";
import type { LanguageModule } from "../types.js";

/** A double-quoted XML attribute value (sipp scenario names, request methods). */
export function xmlAttribute(s: string): string {
  return `"${s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;")}"`;
}

/**
 * Text inside a sipp message's CDATA section, where sipp takes it as written: each line ending is sent
 * as CRLF, so CRLF is written as a plain line break. What sipp cannot hold exactly (a "[" opens one of
 * its keywords, "]]>" ends the section, a line's leading blanks are stripped, a lone CR or LF becomes
 * CRLF) is refused before rendering (target.json "unsayable"); reaching here with it is a bug.
 */
export function cdataText(s: string): string {
  if (/\[|\]\]>|\r(?!\n)|(?<!\r)\n|(^|\n)[ \t]/.test(s)) throw new Error(`sipp cannot send this text exactly: ${JSON.stringify(s)}`);
  return s.replace(/\r\n/g, "\n");
}

export const sipp: LanguageModule = {
  fence: "xml",
  extension: ".xml",
  prettier: null,
  string: xmlAttribute,
  literal: (value: JsonValue) => xmlAttribute(typeof value === "string" ? value : compactJson(value)),
  jsonText: xmlAttribute,
  templateHelpers: { cdata: (s: string) => cdataText(s) },
};

export default sipp;
