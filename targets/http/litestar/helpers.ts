// Litestar's own template helpers (see languages/types.ts TemplateHelpers).
import { type Header, quoteKeeps, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Litestar's Redirect (2.x) sends `url` as the Location unchanged: it passes the URL through
 * litestar.utils.helpers.url_quote, urllib's quote with safe="/#%[]=:;$&()+,!?*@'~".
 */
const litestarRedirectKeeps = (url: string | null) => yes(url !== null && quoteKeeps(url, "/#%[]=:;$&()+,!?*@'~"));

/** The route with every {name} parameter given a type (Litestar's `{item_id:str}`). */
const typedRoute = (route: string, type: string) => route.replace(/\{([a-z0-9_]+)\}/g, `{$1:${type}}`);

/**
 * "yes" when a Litestar handler returns the body as data (its docs' way, the status being in the route's
 * decorator): a JSON object or array, no headers to set (a str would be sent as text), not a problem document.
 */
function litestarReturnsData(kind: string, hasBody: boolean, bodyKind: string, headers: Header[]): string {
  return yes(kind !== "problem" && hasBody && (bodyKind === "object" || bodyKind === "array") && headers.length === 0);
}

export const templateHelpers: TemplateHelpers = { litestarRedirectKeeps, typedRoute, litestarReturnsData };
