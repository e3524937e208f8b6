// Falcon's own template helpers (see languages/types.ts TemplateHelpers).
import { quoteKeeps, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Falcon's `resp.location` (Falcon 4.4) sends `url` unchanged: it passes the value through
 * falcon.util.uri.encode_check_escaped, which keeps text made only of RFC 3986's unreserved and reserved
 * characters and "%" when every "%" starts an escape (two hex digits), and percent-encodes all of it otherwise.
 */
function falconLocationKeeps(url: string | null): string {
  if (url === null || !quoteKeeps(url, ":/?#[]@!$&'()*+,;=%")) return "";
  return yes(
    url
      .split("%")
      .slice(1)
      .every((token) => /^[0-9A-Fa-f]{2}/.test(token)),
  );
}

export const templateHelpers: TemplateHelpers = { falconLocationKeeps };
