import { className, command } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import type { Generated } from "../generate.js";
import type { Target } from "../registry/types.js";

/** `snipgen <code>` alone: what the code means, where it is defined, and what it looks like on the wire. */
export function toCard(g: Generated, targets: readonly Target[], date: Date, elsewhere: [Protocol, string][] = []): string {
  const { entry, spec, protocol } = g;
  const where = entry.section ? `${entry.rfc} section ${entry.section}` : entry.rfc;
  const kind = entry.official ? className(protocol, entry.code) : `${className(protocol, entry.code)}; unofficial, from ${entry.origin}`;
  const ids = targets.map((t) => t.id).join(", ");
  return [
    `${entry.code} ${entry.reason} (${kind})`,
    "",
    wrap(entry.description, 100),
    "",
    `Defined in: ${where}`,
    entry.link,
    "",
    `In answer to: ${spec.method} ${spec.path}${spec.path === spec.route ? "" : `  (route ${spec.route})`}`,
    "",
    protocol.wirePreview(spec, date).trimEnd(),
    "",
    ids
      ? `Snippets: ${command(protocol, `${entry.code} -f <${protocol.targetNoun.split(" ").at(-1)}>`)}  (${ids})`
      : `Snippets: no ${protocol.targetNoun} can send ${entry.code} ${entry.reason} exactly`,
    `          ${command(protocol, `${entry.code} --all`)}  (the reference page${ids ? "" : ", which says why for each"})`,
    ...elsewhere.map(([p, reason]) => `Also in ${p.title}: ${entry.code} ${reason}  (${command(p, String(entry.code))})`),
    "",
  ].join("\n");
}

/** Breaks text at spaces into lines of at most `width` columns (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
