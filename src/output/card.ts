import type { Generated } from "../generate.js";
import { className, getModel } from "../model/index.js";
import { frameworksOf } from "../registry/index.js";
import { wirePreview } from "./wire.js";

/** `snipgen <code>` alone: what the code means, where it is defined, and what it looks like on the wire. */
export function toCard(g: Generated, date: Date): string {
  const { entry, spec } = g;
  const where = entry.section ? `${entry.rfc} section ${entry.section}` : entry.rfc;
  const kind = entry.official ? className(entry.code) : `${className(entry.code)}, unofficial (${entry.origin})`;
  const ids = frameworksOf(spec.protocol).map((f) => f.id).join(", ");
  return [
    `${entry.code} ${entry.reason} (${kind})`,
    "",
    entry.description,
    "",
    `Defined in: ${where}`,
    entry.link,
    "",
    wirePreview(spec, getModel(spec.protocol).wireVersion, date).trimEnd(),
    "",
    `Snippets: snipgen ${entry.code} -f <framework>  (${ids})`,
    `          snipgen ${entry.code} --all  (the reference page)`,
    "",
  ].join("\n");
}
