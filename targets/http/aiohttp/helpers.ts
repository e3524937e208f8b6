// aiohttp's own template helpers (see languages/types.ts TemplateHelpers).
import { quoteKeeps, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when aiohttp's redirect exceptions (web.HTTPFound and the other HTTPMove classes, 3.14) send `url` as
 * the Location unchanged. They write `str(yarl.URL(url))`, which percent-encodes (and re-encodes `%` escapes),
 * lowercases the scheme and host, drops a default port, removes dot segments from an absolute URL's path and
 * adds "/" before a query or fragment that follows the host, drops an empty query or fragment and encodes a second
 * "#". Conservatively, only a URL of characters yarl never encodes, without `%`, with one non-empty fragment at
 * most, no empty query, nothing upper-case before a first ":" (which yarl may read as a scheme), and a host part
 * of lower-case letters, digits, "-" and "." followed by nothing or by a path free of dot segments is kept (checked
 * against the venv's yarl in helpers.test.ts).
 */
function yarlRedirectKeeps(url: string | null): string {
  if (url === null || url === "" || !quoteKeeps(url, "/?#&=:@!$'()*+,;")) return "";
  // One fragment, and no empty query or fragment (yarl drops those).
  const [beforeFragment, fragment, ...more] = url.split("#");
  const query = beforeFragment!.includes("?") ? beforeFragment!.slice(beforeFragment!.indexOf("?") + 1) : null;
  if (more.length || fragment === "" || query === "") return "";
  // What may be a scheme (any text before a first ":" that no "/", "?" or "#" precedes; yarl lowercases it).
  const prefix = /^[^/?#]*:/.exec(url)?.[0];
  if (prefix !== undefined && prefix !== prefix.toLowerCase()) return "";
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  const authority = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)(.*)$/.exec(url);
  if (!authority) return yes(scheme === undefined || !url.slice(scheme.length + 1).startsWith("/"));
  const [, host, rest] = authority;
  const path = rest!.split(/[?#]/)[0]!;
  return yes(/^[a-z0-9.-]+$/.test(host!) && (rest === "" || (rest!.startsWith("/") && !path.split("/").some((s) => s === "." || s === ".."))));
}

export const templateHelpers: TemplateHelpers = { yarlRedirectKeeps };
