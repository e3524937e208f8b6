// Bun's own template helpers (see languages/types.ts TemplateHelpers).
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Bun's Response.redirect() sends `url` as the Location unchanged, else "": Bun keeps a URL
 * the WHATWG parser cannot parse alone (a relative one, "/next?a=1") as given and serializes the others;
 * its Headers drop an empty value and trim a value's outer whitespace.
 */
function relativeOrUrlKeeps(url: string | null): string {
  return url !== null && url !== "" && url.trim() === url && (!URL.canParse(url) || new URL(url).href === url) ? "yes" : "";
}

export const templateHelpers: TemplateHelpers = { relativeOrUrlKeeps };
