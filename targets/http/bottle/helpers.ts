// Bottle's own template helpers (see languages/types.ts TemplateHelpers).
import { yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Bottle's redirect(url, code) (0.13) sends `url` as the Location unchanged: it sends
 * urljoin(request.url, url), which makes a relative URL absolute and gives an absolute one of the request's
 * scheme back through urlparse and urlunparse (dropping an empty "?" or "#", folding ";" parameters). Yes for
 * an absolute http or https URL of a plain host and plain characters, without an empty query or fragment.
 */
const bottleRedirectKeeps = (url: string | null) =>
  yes(url !== null && /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]+)?([/?#][A-Za-z0-9._~/?#&=+%!$'()*,:@-]*)?$/.test(url) && !/\?(#|$)|#$/.test(url));

export const templateHelpers: TemplateHelpers = { bottleRedirectKeeps };
