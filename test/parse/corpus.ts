/**
 * The static-verification corpus: every target × its protocol's variants (protocols/<p>/runtime/cases.ts:
 * every code of the model and the cases that break generators) × both styles, generated in-process through the
 * CLI's own entry point (`run` from src/cli/main.ts: same argument handling, same exit codes and
 * messages as bin/snipgen.cjs, without a process per snippet).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { run } from "../../src/cli/main.js";
import { STYLES, type Style, type Target } from "../../src/registry/types.js";
import { casesOf, type Variant } from "../helpers/protocol-cases.js";
import { ALL_TARGETS } from "../helpers/registry.js";
import { ROOT, snipgenCommand, type SnipgenDocument } from "../helpers/snipgen.js";

export type { Variant };

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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the item is the target's clean refusal of its code: exit 2 and one line "<id> cannot send <code> <reason>: <why>". */
export function isRefusal(item: Pick<Item, "target" | "variant" | "exitCode" | "stderr">): boolean {
  const line = new RegExp(`^snipgen: ${escapeRegExp(item.target.id)} cannot send ${item.variant.code} [^\\n]+: [^\\n]+\\n$`);
  return item.exitCode === 2 && line.test(item.stderr);
}

/** A case (not one of the bare codes) refused because it holds text the target's syntax cannot hold exactly. */
export const isCaseRefusal = (item: Pick<Item, "target" | "variant" | "exitCode" | "stderr">): boolean =>
  !item.variant.name.startsWith("code-") && isRefusal(item);

/** The command that reproduces an item, for failure messages. */
export function reproduce(item: Pick<Item, "argv">): string {
  return snipgenCommand(item.argv);
}

/** Generates the whole corpus for the selected targets (sequentially: the pipeline is CPU-bound and prettier is shared). */
export async function buildCorpus(): Promise<Item[]> {
  const items: Item[] = [];
  for (const target of ALL_TARGETS) {
    const { variants } = await casesOf(target.protocol);
    for (const style of STYLES) {
      for (const variant of variants()) {
        const argv = [String(variant.code), "--protocol", target.protocol, "-f", target.id, "--style", style, ...variant.args];
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
