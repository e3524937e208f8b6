// Sanic's own template helpers (see languages/types.ts TemplateHelpers).
import { quoteKeeps, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Sanic's redirect() (25.12) sends `url` as the Location unchanged: it passes the URL through
 * urllib's quote_plus with safe=":/%#?&=@[]!$&'()*+,;".
 */
const sanicRedirectKeeps = (url: string | null) => yes(url !== null && quoteKeeps(url, ":/%#?&=@[]!$&'()*+,;"));

export const templateHelpers: TemplateHelpers = { sanicRedirectKeeps };
