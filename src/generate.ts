import { UsageError } from "./errors.js";
import { formatCode } from "./format/index.js";
import { className, classOf, findCode, getModel } from "./model/index.js";
import { buildSpec, type Overrides, type ResponseSpec } from "./model/spec.js";
import type { CodeEntry, PlainJson, Protocol } from "./model/types.js";
import { renderSnippet } from "./render/render.js";
import type { FrameworkEntry, Style } from "./registry/types.js";

export interface Request {
  protocol: Protocol;
  code: number;
  frameworks: FrameworkEntry[];
  style: Style;
  numeric: boolean;
  /** Run prettier on languages it supports (off with --no-format). */
  prettier: boolean;
  overrides: Overrides;
  /** With --all, a framework that cannot answer the code is noted instead of failing the page. */
  skipUnsupported: boolean;
  /** Accept an in-range code the model lacks (--allow-unknown), with its class's defaults. */
  allowUnknown?: boolean;
}

export interface Snippet {
  framework: FrameworkEntry;
  style: Style;
  code: string;
}

export interface Generated {
  entry: CodeEntry;
  spec: ResponseSpec;
  snippets: Snippet[];
  unsupported: { framework: FrameworkEntry; reason: string }[];
}

export function lookupCode(protocol: Protocol, code: number, allowUnknown = false): CodeEntry {
  const entry = findCode(protocol, code);
  if (entry) return entry;
  if (allowUnknown) return unknownEntry(code);
  const known = getModel(protocol).codes;
  const below = known.filter((c) => c.code < code).at(-1);
  const above = known.find((c) => c.code > code);
  const near = [below, above].filter((c) => c && Math.abs(c.code - code) <= 10).map((c) => `${c!.code} ${c!.reason}`);
  const hint = near.length ? `; the nearest known: ${near.join(", ")}` : "";
  throw new UsageError(`${code} is not a known ${protocol.toUpperCase()} status code${hint}; run "snipgen codes" to list them (or pass --allow-unknown)`);
}

/** A code outside the model, answered with its class's defaults: no special headers, a generic body. */
function unknownEntry(code: number): CodeEntry {
  const cls = classOf(code);
  const reason = `Unknown ${className(code)}`;
  const bodyAllowed = cls !== 1;
  const body: PlainJson = !bodyAllowed ? null : cls >= 4 ? { error: `status_${code}`, message: reason } : { status: `status_${code}` };
  return {
    code,
    reason,
    official: false,
    origin: "not in snipgen's model (--allow-unknown)",
    rfc: "RFC 9110",
    section: "15",
    link: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15",
    description: `${code} is not a registered status code. Clients treat an unrecognized code like the x00 code of its class (${cls}00), so this is answered with the ${className(code).toLowerCase()} class's defaults.`,
    bodyAllowed,
    headers: [],
    body,
  };
}

/** Renders and formats every requested snippet before anything is printed: all or nothing. */
export async function generate(req: Request): Promise<Generated> {
  const entry = lookupCode(req.protocol, req.code, req.allowUnknown);
  const spec = buildSpec(req.protocol, entry, req.overrides);
  const unsupported: Generated["unsupported"] = [];
  const rendered: { fw: FrameworkEntry; code: string }[] = [];
  for (const fw of req.frameworks) {
    try {
      rendered.push({ fw, code: await renderSnippet(fw, req.style, spec, req.numeric) });
    } catch (err) {
      if (req.skipUnsupported && err instanceof UsageError) {
        unsupported.push({ framework: fw, reason: err.message });
        continue;
      }
      throw err;
    }
  }
  // Formatted together: one formatter's asynchronous start-up (the Java plugin's WASM grammar) overlaps the others.
  const codes = await Promise.all(rendered.map(({ fw, code }) => (req.prettier ? formatCode(code, fw.formatter) : code)));
  const snippets = rendered.map(({ fw }, i) => ({ framework: fw, style: req.style, code: codes[i]! }));
  return { entry, spec, snippets, unsupported };
}
