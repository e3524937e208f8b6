// Tornado's own template helpers (see languages/types.ts TemplateHelpers).
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * A Tornado URL pattern for a route, as a raw string literal (`r"/items/([^/]+)"`): each {name} parameter a
 * `([^/]+)` group (Tornado passes groups to the handler method in order), each "." escaped; the route's other
 * characters (letters, digits, "/", "_", "~", "-") stand for themselves in a regular expression.
 */
function tornadoPattern(route: string): string {
  if (!/^[A-Za-z0-9._~/{}-]*$/.test(route)) throw new Error(`tornadoPattern: unexpected character in route ${JSON.stringify(route)}`);
  return 'r"' + route.replace(/\./g, "\\.").replace(/\{[a-z0-9_]+\}/g, "([^/]+)") + '"';
}

export const templateHelpers: TemplateHelpers = { tornadoPattern };
