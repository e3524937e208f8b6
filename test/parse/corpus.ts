/**
 * The static-verification corpus: every target × every status code of the model × both styles,
 * plus the runtime matrix's hostile bodies, header and method cases, generated in-process through the
 * CLI's own entry point (`run` from src/cli/main.ts: same argument handling, same exit codes and
 * messages as bin/snipgen, without a process per snippet).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { run } from "../../src/cli/main.js";
import { STYLES, type Style, type Target } from "../../src/registry/types.js";
import { protocolOf, registeredTargets, targetsOf } from "../helpers/registry.js";
import { ROOT, snipgenCommand, type SnipgenDocument } from "../helpers/snipgen.js";
import { runtimeCases } from "../runtime/cases.js";

/** The protocol the corpus covers: its cases (bodies, headers, methods, routes) are HTTP's. */
export const CORPUS_PROTOCOL = "http";

export interface Variant {
  /** Short name: `code-202`, `body-quotes`, `header-custom`, ... */
  name: string;
  code: number;
  /** Extra CLI arguments (body, headers, method, route). */
  args: string[];
}

export interface Item {
  target: Target;
  style: Style;
  variant: Variant;
  argv: string[];
  exitCode: number;
  stderr: string;
  /** The JSON document, when the CLI succeeded. */
  doc: SnipgenDocument | null;
  /** The snippet's source, when the CLI succeeded. */
  source: string | null;
}

/**
 * Bodies at the edges of line layout (for the languages whose layout snipgen does itself: black's
 * 88 columns for Python, RuboCop's for Ruby): a string just too long for its line, one entry alone,
 * characters black counts as two columns or as one (combining marks), numbers black rewrites.
 */
export const LAYOUT_BODIES: Record<string, unknown> = {
  "string-77": "a".repeat(77),
  "string-120": "a".repeat(120),
  "single-entry": { k: "a".repeat(85) },
  "single-nested": [Array.from({ length: 40 }, (_, i) => i)],
  "single-in-many": { a: 1, b: ["a".repeat(85)], c: { d: { e: "b".repeat(70) } } },
  "wide-emoji": { k: "\u2614".repeat(36), rocket: "\u{1f680}".repeat(3) },
  "wide-cjk": { k: "漢".repeat(38) },
  combining: { k: "e\u0301".repeat(36) },
  numbers: [1e300, -0, 0.1, 1e5, 1e21, 1.5e-7, 5e-324, -12.5e3],
};

let cached: Variant[] | undefined;

/** Every code of the model, then the runtime matrix's other cases, then methods the matrix does not use. */
export function variants(): Variant[] {
  if (cached) return cached;
  const codes: Variant[] = protocolOf(CORPUS_PROTOCOL).codes.map((c) => ({ name: `code-${c.code}`, code: c.code, args: [] }));
  // The matrix's cases other than its codes are the same for every target: take the first registered one's.
  const extra = runtimeCases(registeredTargets(CORPUS_PROTOCOL)[0]!)
    .filter((c) => !c.name.startsWith("code-"))
    .map((c) => ({ name: c.name, code: c.code, args: c.args }));
  extra.push({ name: "method-patch", code: 200, args: ["--method", "PATCH", "--route", "/v1/items/item-7"] });
  extra.push({ name: "method-options", code: 204, args: ["--method", "OPTIONS"] });
  extra.push({ name: "path-params", code: 201, args: ["--route", "/orgs/{org_id}/members/{member}"] });
  for (const code of [400, 404, 409, 500]) extra.push({ name: `problem-${code}`, code, args: ["--problem", "--route", "/items/{item_id}"] });
  extra.push({ name: "redirect-with-body", code: 302, args: ["--body", '{"to":"/x"}'] });
  extra.push({ name: "code-202-numeric", code: 202, args: ["--numeric"] });
  extra.push({ name: "code-103-numeric", code: 103, args: ["--numeric", "-H", "Link: </style.css>; rel=preload; as=style"] });
  for (const [name, body] of Object.entries(LAYOUT_BODIES)) extra.push({ name: `layout-${name}`, code: 200, args: ["--body", JSON.stringify(body)] });
  extra.push({ name: "layout-long-header", code: 200, args: ["-H", `X-Long: ${"v".repeat(70)}`, "-H", "X-Short: s"] });
  // Routes long enough to push decorators and url patterns past black's 88 columns, at each breaking point.
  for (const length of [50, 56, 60, 70, 76, 84, 100]) {
    const route = "/" + "r".repeat(length - 1);
    extra.push({ name: `layout-route-${length}`, code: 200, args: ["--route", route] });
    extra.push({ name: `layout-route-${length}-post`, code: 201, args: ["--route", route, "--method", "POST"] });
  }
  return (cached = [...codes, ...extra]);
}

/** The command that reproduces an item, for failure messages. */
export function reproduce(item: Pick<Item, "argv">): string {
  return snipgenCommand(item.argv);
}

/** Generates the whole corpus for the selected targets (sequentially: the pipeline is CPU-bound and prettier is shared). */
export async function buildCorpus(): Promise<Item[]> {
  const items: Item[] = [];
  for (const target of targetsOf(CORPUS_PROTOCOL)) {
    for (const style of STYLES) {
      for (const variant of variants()) {
        const argv = [String(variant.code), "-f", target.id, "--style", style, ...variant.args];
        const out = await run([...argv, "--format", "json"]);
        const doc = out.exitCode === 0 ? (JSON.parse(out.stdout) as SnipgenDocument) : null;
        items.push({ target, style, variant, argv, exitCode: out.exitCode, stderr: out.stderr, doc, source: doc?.snippets[0]?.code ?? null });
      }
    }
  }
  return items;
}

/** A label for messages: target, case, code and style. */
export function label(item: Item): string {
  return `${item.target.id}, ${item.variant.name} (code ${item.variant.code}), ${item.style} style`;
}

export const RESULTS_DIR = `${ROOT}.tmp/verification`;

export function writeResults(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${name}.json`, JSON.stringify(data, null, 2) + "\n");
}
