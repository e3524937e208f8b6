import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { InternalError } from "../errors.js";
import type { Protocol } from "../model/types.js";

/**
 * The shipped templates folder, <package>/templates: one level above this file once bundled into
 * <package>/dist, two levels above it when src/ runs unbundled (tests importing the pipeline through tsx).
 */
export const TEMPLATES_DIR = [new URL("../templates/", import.meta.url), new URL("../../templates/", import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL("../templates/", import.meta.url));

/** One template per framework; it renders both styles (the context's `style` tells which). */
export function templatePath(protocol: Protocol, id: string): string {
  return `${TEMPLATES_DIR}${protocol}/${id}.hbs`;
}

export function loadTemplateSource(protocol: Protocol, id: string): { source: string; path: string } {
  const path = templatePath(protocol, id);
  try {
    return { source: readFileSync(path, "utf8"), path };
  } catch {
    throw new InternalError(`template missing for ${id}: ${path}`);
  }
}

export type CompiledTemplate = (context: object, options: { helpers: Record<string, Handlebars.HelperDelegate> }) => string;

/** Compiles with HTML escaping off (output is code, not HTML) and strict field lookup. */
export function compileTemplate(hb: typeof Handlebars, source: string): CompiledTemplate {
  return hb.compile(source, { noEscape: true, strict: true, knownHelpersOnly: false });
}
