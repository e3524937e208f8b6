/**
 * What the test layers generate for a protocol, kept in the protocol's folder
 * (protocols/<protocol>/runtime/cases.ts): the golden cases and the parse corpus's variants.
 */
import type fc from "fast-check";
import { pathToFileURL } from "node:url";
import { ROOT } from "./snipgen.js";

/** One invocation: a code and extra CLI arguments (body, headers, method, route). */
export interface Variant {
  /** Short name: `code-202`, `body-quotes`, `header-custom`, ...; golden files are `<name>-<style><ext>`. */
  name: string;
  code: number;
  args: string[];
}

export interface ProtocolCases {
  /** The cases whose output is kept byte for byte in each target's golden/ folder. */
  golden: Variant[];
  /** The static-verification corpus: every code of the model and the cases that break generators. */
  variants(): Variant[];
  /** The kinds of response each target's Idioms table (SOURCES.md) must have a row for. */
  idiomKinds: string[];
  /** Random invocations for the property tests (a code and CLI arguments: bodies, headers, methods, routes). */
  fuzz: fc.Arbitrary<{ code: number; args: string[] }>;
}

const cache = new Map<string, Promise<ProtocolCases>>();

export function casesOf(protocol: string): Promise<ProtocolCases> {
  let found = cache.get(protocol);
  if (!found) {
    found = import(pathToFileURL(`${ROOT}protocols/${protocol}/runtime/cases.ts`).href) as Promise<ProtocolCases>;
    cache.set(protocol, found);
  }
  return found;
}
