// ASP.NET Core's own template helpers (see languages/types.ts TemplateHelpers).
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * A URL Results.Redirect sends as it is, or "" for one it would alter or refuse: "~/" is rebased on
 * PathBase, an empty one throws, and HttpResponse.Redirect refuses an absolute URL of another scheme
 * (newer ASP.NET Core). Paths and http(s) URLs are kept.
 */
function redirectKeeps(url: string | null): string {
  if (url === null) return "";
  return /^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url) || url === "/" ? "yes" : "";
}

export const templateHelpers: TemplateHelpers = { redirectKeeps };
