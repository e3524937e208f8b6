import { command } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import type { Generated } from "../generate.js";
import type { Messages } from "../i18n/catalog.js";
import type { Target } from "../registry/types.js";
import { classNameIn, describe, whereDefined } from "./localize.js";

/** `snipgen <code>` alone: what the code means, where it is defined, and what it looks like on the wire. */
export function toCard(g: Generated, targets: readonly Target[], date: Date, msg: Messages, elsewhere: [Protocol, string][] = []): string {
  const { entry, spec, protocol } = g;
  const className = classNameIn(msg, protocol, entry.code);
  const kind = entry.official ? className : msg.t("card.unofficial", { className, origin: entry.origin ?? "" });
  const ids = targets.map((t) => t.id).join(", ");
  const request = `${spec.method} ${spec.path}`;
  // "Snippets:" and the line under it start their commands in the same column, whatever the language.
  const label = msg.t("card.snippets");
  const indent = " ".repeat(label.length + 1);
  return [
    `${entry.code} ${entry.reason} (${kind})`,
    "",
    wrap(describe(msg, protocol, entry), 100),
    "",
    msg.t("card.definedIn", { where: whereDefined(msg, entry, "card") }),
    entry.link,
    "",
    spec.path === spec.route ? msg.t("card.inAnswerTo", { request }) : msg.t("card.inAnswerToRoute", { request, route: spec.route }),
    "",
    protocol.wirePreview(spec, date).trimEnd(),
    "",
    ids
      ? `${label} ${command(protocol, `${entry.code} -f <${protocol.targetNoun.split(" ").at(-1)}>`)}  (${ids})`
      : `${label} ${msg.t(`card.noSnippets.${protocol.id}`, { code: entry.code, reason: entry.reason })}`,
    `${indent}${command(protocol, `${entry.code} --all`)}  ${msg.t(ids ? "card.page" : "card.pageWhy")}`,
    ...elsewhere.map(([p, reason]) => msg.t("card.alsoIn", { protocol: p.title, code: entry.code, reason, command: command(p, String(entry.code)) })),
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
