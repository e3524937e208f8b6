// Koa's own template helpers (see languages/types.ts TemplateHelpers).
import { encodeurlKeeps } from "../../../languages/javascript/javascript.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Koa's ctx.redirect() sends `url` as the Location unchanged, else "". Koa 3 first rewrites an
 * http(s) URL with the WHATWG URL parser (`new URL(url).toString()`: a "/" after a bare host, lower-case
 * scheme and host, percent-encoding) and then passes it through encodeurl as Express does.
 */
function koaRedirectKeeps(url: string | null): string {
  if (url === null || !encodeurlKeeps(url)) return "";
  if (!/^https?:\/\//i.test(url)) return "yes";
  try {
    return new URL(url).toString() === url ? "yes" : "";
  } catch {
    return "";
  }
}

export const templateHelpers: TemplateHelpers = { koaRedirectKeeps };
