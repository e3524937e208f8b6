import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Target } from "../../../src/registry/types.js";
import { pool } from "../../../test/helpers/files.js";
import type { Variant } from "../../../test/helpers/protocol-cases.js";
import { answerable, targetDir } from "../../../test/helpers/registry.js";
import { snipgenJsonAsync, type SnipgenDocument } from "../../../test/helpers/snipgen.js";
import { EXTRA, variants } from "./cases.js";

/** How a SIP target's app-style program is run in the tests (targets/sip/<id>/runtime.ts, default export). */
export interface SipTargetRuntime {
  /** Null when the toolchain is here, else what is missing. */
  missing(): string | null;
  /** The command that starts the saved program `file` (PORT is set in its environment). */
  command(file: string): [string, string[]];
  /** Where case files are written (default: the system's temporary folder). */
  parent?: string;
  /**
   * How the handler style is loaded and called, where the target can be (handler-style.test.ts): `answer`
   * gets each saved handler-style snippet with a request's text and returns the response text the
   * handler gives for it, as the stack would send it.
   */
  handler?: { how: string; answer(calls: { file: string; request: string }[]): Promise<string[]> };
  /**
   * For a target whose handler style is the app's own code without the app's frame (Kamailio's
   * request_route block, a SIPp scenario's body): the handler snippet's code, its leading comment taken
   * off. handler-style.test.ts checks that every case's app style, which the runtime layer runs, holds it
   * unchanged, so the handler is run through it.
   */
  handlerInApp?: { how: string; code(handler: string): string };
}

/** The target's runtime description (targets/sip/<id>/runtime.ts), or null when it has none (parse layer only). */
export async function runtimeOf(target: Target): Promise<SipTargetRuntime | null> {
  const file = join(targetDir(target), "runtime.ts");
  if (!existsSync(file)) return null;
  return ((await import(pathToFileURL(file).href)) as { default: SipTargetRuntime }).default;
}

/** Every code the target can send, then the cases that break generators. */
export function casesFor(target: Target): Variant[] {
  const codes = variants().filter((v) => v.name.startsWith("code-") && answerable(target, v.code));
  return [...codes, ...EXTRA];
}

/**
 * Each case's snippet in `style`, as `snipgen sip <code> --format json` gives it. A case the target cannot
 * send exactly (text its syntax cannot hold) must be refused with its reason (exit 2): it is left out.
 */
export async function generateCases(target: Target, cases: Variant[], style: "handler" | "app"): Promise<{ c: Variant; doc: SnipgenDocument }[]> {
  const generated = await pool(cases, 4, async (c) => {
    try {
      return { c, doc: await snipgenJsonAsync(["sip", String(c.code), "-f", target.id, "--style", style, ...c.args]) };
    } catch (err) {
      const refusal = new RegExp(`failed \\(2\\): snipgen: ${target.id} cannot send ${c.code} [^\\n]+: .+`);
      if (c.name.startsWith("code-") || !refusal.test((err as Error).message)) throw err;
      return null;
    }
  });
  return generated.filter((g) => g !== null);
}
