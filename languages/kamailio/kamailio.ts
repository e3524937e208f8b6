import type { JsonValue } from "../../src/json/ordered-json.js";
import { compactJson } from "../../src/json/ordered-json.js";
import { C_ESCAPES } from "../escape.js";
import type { LanguageModule } from "../types.js";

/**
 * A double-quoted string of Kamailio's native configuration language, for the functions that take a
 * format string (append_to_reply, set_reply_body, sl_send_reply): backslash escapes for \ " CR LF tab,
 * and "$$" for a literal "$", which would otherwise start a pseudo-variable ($var, $(x), $ru).
 * Other characters, UTF-8 included, are written as they are: the configuration has no \u escape.
 */
export function kamailioString(s: string): string {
  let out = '"';
  for (const ch of s) out += ch === "$" ? "$$" : (C_ESCAPES[ch] ?? ch);
  return out + '"';
}

export const kamailio: LanguageModule = {
  fence: "text",
  extension: ".cfg",
  prettier: null,
  string: kamailioString,
  literal: (value: JsonValue) => kamailioString(typeof value === "string" ? value : compactJson(value)),
  jsonText: kamailioString,
  templateHelpers: {
    /** The argument of append_to_reply: one header line, CRLF included. */
    replyHeader: (name: string, value: string) => kamailioString(`${name}: ${value}\r\n`),
  },
};

export default kamailio;
