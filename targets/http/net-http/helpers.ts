// net/http's own template helpers (see languages/types.ts TemplateHelpers).
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" (true for Handlebars' #if) when http.Redirect sends `url` as its Location unchanged, else "".
 * Redirect (net/http, server.go) leaves a URL with a scheme or a host alone; a path it makes absolute
 * against the request's path and cleans (path.Clean: "//", "." and ".." segments) before any "?", keeping
 * a trailing slash. A path it would change is set with w.Header() instead.
 */
function redirectKeeps(url: string | null): string {
  if (url === null) return "";
  // A scheme, or "//" and a non-empty host (in "//#x" or "//?x" the host is empty: that is a path).
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) || /^\/\/[^/?#]/.test(url)) return "yes";
  if (!url.startsWith("/")) return "";
  const path = url.split("?")[0]!;
  return cleanPath(path) === path ? "yes" : "";
}

/** Go's path.Clean, keeping a trailing slash as http.Redirect does. */
function cleanPath(p: string): string {
  const out: string[] = [];
  for (const segment of p.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  const cleaned = "/" + out.join("/");
  return p.endsWith("/") && cleaned !== "/" ? cleaned + "/" : cleaned;
}

export const templateHelpers: TemplateHelpers = { redirectKeeps };
