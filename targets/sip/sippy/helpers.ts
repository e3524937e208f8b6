// Sippy's own template helpers (see languages/types.ts TemplateHelpers).
import type { Header } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/** The header names Sippy 2.5.0's SipHeader gives an address class (SipAddressHF and its subclasses). */
// prettier-ignore
const SIPPY_ADDRESS_HEADERS = [
  "also", "cc-diversion", "contact", "m", "diversion", "from", "f", "p-asserted-identity", "path",
  "record-route", "refer-to", "r", "referred-by", "route", "to", "t",
];

/**
 * The headers as a Sippy snippet appends them, one SipHeader per line: an address header holding a list
 * (`<sip:a@x>, <sip:b@x>`) becomes one header per address, since Sippy's SipAddressHF refuses a list
 * (ESipHeaderCSV) and splits it itself when it reads one: at a comma with no `<`, `>` or `"` before it
 * (since the last split), or with as many `<` as `>` (at least one) and an even number of `"`. RFC 3261
 * §7.3.1 makes the lines the same header as the list.
 */
function sippyHeaderLines(headers: Header[]): Header[] {
  return headers.flatMap(({ name, value }) => {
    if (!SIPPY_ADDRESS_HEADERS.includes(name.toLowerCase())) return [{ name, value }];
    const parts: string[] = [];
    let rest = value;
    let from = 0;
    for (let comma = rest.indexOf(",", from); comma !== -1; comma = rest.indexOf(",", from)) {
      const before = rest.slice(0, comma);
      const count = (c: string) => before.split(c).length - 1;
      const [open, close, quotes] = [count("<"), count(">"), count('"')];
      if ((open === 0 && close === 0 && quotes === 0) || (open > 0 && open === close && quotes % 2 === 0)) {
        parts.push(before);
        rest = rest.slice(comma + 1);
        from = 0;
      } else from = comma + 1;
    }
    parts.push(rest);
    return parts.length === 1 ? [{ name, value }] : parts.map((part) => ({ name, value: part.trim() }));
  });
}

export const templateHelpers: TemplateHelpers = { sippyHeaderLines };
