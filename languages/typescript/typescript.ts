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
 * "yes" when Bun's Response.redirect() sends `url` as the Location unchanged, else "": Bun keeps a URL
 * the WHATWG parser cannot parse alone (a relative one, "/next?a=1") as given and serializes the others;
 * its Headers drop an empty value and trim a value's outer whitespace.
 */
function relativeOrUrlKeeps(url: string | null): string {
  return url !== null && url !== "" && url.trim() === url && (!URL.canParse(url) || new URL(url).href === url) ? "yes" : "";
}

/**
 * The file of a Next.js App Router route handler for a route: `/users/{id}` is `app/users/[id]/route.ts`,
 * `/` is `app/route.ts`. A folder whose name starts with `_` is private (left out of routing), so such a
 * segment's `_` is written `%5F`, as Next.js's documentation says.
 */
function appRouterFile(route: string): string {
  const segments = route
    .split("/")
    .filter(Boolean)
    .map((s) => s.replace(/^\{([a-z0-9_]+)\}$/, "[$1]").replace(/^_/, "%5F"));
  return ["app", ...segments, "route.ts"].join("/");
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
  templateHelpers: { ...javascript.templateHelpers, objectKey: jsKey, urlKeeps, relativeOrUrlKeeps, appRouterFile },
};

export default typescript;
