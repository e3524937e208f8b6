import { javascript, jsKey, jsLiteral, jsString } from "../javascript/javascript.js";
import type { LanguageModule } from "../types.js";

/**
 * "yes" (true for Handlebars' #if) when `url` is an absolute URL that the WHATWG URL parser serializes
 * unchanged, else "". The fetch API's Response.redirect() (Deno, Next.js's NextResponse.redirect) takes
 * only such a URL as the Location as given: it rejects a relative one and normalizes the others.
 */
function urlKeeps(url: string | null): string {
  return url !== null && URL.canParse(url) && new URL(url).href === url ? "yes" : "";
}

/**
 * TypeScript's string and object literals are JavaScript's, so its literal helpers are JavaScript's own
 * (one escaper per syntax); what differs is the fence, the extension and prettier's parser.
 */
export const typescript: LanguageModule = {
  fence: "ts",
  extension: ".ts",
  // babel-ts: the Babel parser JavaScript loads already, so a page with both languages loads one parser, not two.
  prettier: { parser: "babel-ts", plugins: ["prettier/plugins/babel", "prettier/plugins/estree"] },
  string: jsString,
  literal: (value) => jsLiteral(value),
  jsonText: jsString,
  // objectKey: a property name of an object literal (`__proto__` computed, so it stays a property).
  templateHelpers: { ...javascript.templateHelpers, objectKey: jsKey, urlKeeps },
};

export default typescript;
