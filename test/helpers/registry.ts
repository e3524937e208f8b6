/**
 * The test layers' view of the registry: every protocol with its targets, read from their folders as
 * the CLI reads them. SNIPGEN_TARGETS=<id>,<id> (or <protocol>/<id>) narrows every runner to those targets.
 */
import { loadProtocol, PROTOCOL_IDS } from "../../protocols/index.js";
import type { Protocol, ResponseSpec } from "../../protocols/types.js";
import { loadRegistry } from "../../src/registry/targets.js";
import type { Target } from "../../src/registry/types.js";
import { unsupportedReason } from "../../src/render/context.js";

export const PROTOCOLS: Protocol[] = await Promise.all(PROTOCOL_IDS.map((id) => loadProtocol(id)));

export function protocolOf(id: string): Protocol {
  const found = PROTOCOLS.find((p) => p.id === id);
  if (!found) throw new Error(`no protocol ${id}`);
  return found;
}

const only = (process.env.SNIPGEN_TARGETS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const selected = (t: Target) => !only.length || only.includes(t.id) || only.includes(`${t.protocol}/${t.id}`);

/** The targets of a protocol (all of them, or those SNIPGEN_TARGETS names), in page order. */
export function targetsOf(protocol: string): Target[] {
  return loadRegistry(protocol).targets.filter(selected);
}

/** Every target of a protocol, whatever SNIPGEN_TARGETS selects: what the CLI itself lists and prints. */
export function registeredTargets(protocol: string): readonly Target[] {
  return loadRegistry(protocol).targets;
}

/** Every selected target of every protocol. */
export const ALL_TARGETS: Target[] = PROTOCOL_IDS.flatMap((id) => targetsOf(id));

/** A target by id, whether or not SNIPGEN_TARGETS selects it. */
export function targetById(protocol: string, id: string): Target {
  return loadRegistry(protocol).find(id);
}

/** The model's response for a code with no overrides. */
export function defaultSpec(protocol: Protocol, code: number): ResponseSpec {
  const entry = protocol.codes.find((c) => c.code === code) ?? protocol.unknownEntry(code);
  return protocol.buildResponse(entry, { body: { kind: "model" }, headers: [], ...protocol.defaults });
}

/** Whether the target can answer the code at all (1xx only with interim support, never 101, no forbidden headers). */
export function answerable(target: Target, code: number): boolean {
  const protocol = protocolOf(target.protocol);
  return unsupportedReason(protocol, target, defaultSpec(protocol, code)) === null;
}

/** The folder of a target: targets/<protocol>/<id>. */
export function targetDir(target: Target): string {
  return new URL(`../../targets/${target.protocol}/${target.id}/`, import.meta.url).pathname;
}
