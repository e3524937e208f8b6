/** Pages for the HTML tests: a code's page as export writes it, and one made of hostile text everywhere a value can go. */
import type { Protocol } from "../../protocols/types.js";
import { generate, type Generated } from "../../src/generate.js";
import { parseJson } from "../../src/json/ordered-json.js";
import { generated } from "../../src/output/export.js";
import type { Style, Target } from "../../src/registry/types.js";

/** SOURCE_DATE_EPOCH of the tests: the wire preview's Date. */
export const DATE = new Date(1772020800 * 1000);

/** Text that breaks out of HTML written without escaping: closes the script, opens a comment, quotes, entities, a tag. */
export const HOSTILE = `</script><script>window.pwned=1</script><!-- "dq" 'sq' & &amp; <img src=x onerror="window.pwned=2"> \`tick\``;

/** A code's page as `snipgen export` generates it (the model's body, the protocol's defaults). */
export function pageOf(protocol: Protocol, code: number, targets: readonly Target[], style: Style = "handler"): Promise<Generated> {
  return generated(
    protocol,
    protocol.codes.find((c) => c.code === code)!,
    targets,
    style,
  );
}

/**
 * A page whose body, headers, target titles, install commands and docs links carry HOSTILE: what a user's
 * --body, -H and --templates target description can put on a page. The docs link is a javascript: URL,
 * which must not become a link.
 */
export async function hostilePage(protocol: Protocol, targets: readonly Target[]): Promise<Generated> {
  const http = protocol.bodyFormat === "json";
  const g = await generate({
    protocol,
    code: 200,
    targets,
    style: "handler",
    numeric: false,
    prettier: true,
    overrides: {
      body: http
        ? { kind: "value", value: parseJson(JSON.stringify({ html: HOSTILE, [HOSTILE]: "key" })) }
        : { kind: "text", text: HOSTILE, contentType: "text/plain" },
      headers: [["X-Hostile", HOSTILE.replace(/`/g, "")]],
      ...protocol.defaults,
    },
    skipUnsupported: true,
  });
  const hostile = (t: Target): Target => ({ ...t, title: `${t.title} ${HOSTILE}`, install: `npm i ${HOSTILE}`, docs: "javascript:window.pwned=3" });
  return {
    ...g,
    snippets: g.snippets.map((s) => ({ ...s, target: hostile(s.target) })),
    unsupported: g.unsupported.map((u) => ({ ...u, target: hostile(u.target), reason: `${u.reason} ${HOSTILE}` })),
  };
}
