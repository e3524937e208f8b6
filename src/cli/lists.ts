import { loadLanguage } from "../../languages/index.js";
import { className } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import type { Messages } from "../i18n/catalog.js";
import { classNameIn } from "../output/localize.js";
import type { Registry } from "../registry/targets.js";
import type { OutputFormat } from "./options.js";

/** Left-aligned columns, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")).join("\n") + "\n";
}

/**
 * `snipgen list`: the targets. The table's headings and words are in the language of `msg`; the JSON
 * (for tools) is the same in every language.
 */
export async function listTargets(registry: Registry, format: OutputFormat | undefined, msg: Messages): Promise<string> {
  const targets = await Promise.all(
    registry.targets.map(async (t) => {
      const { prettier } = await loadLanguage(t.language);
      return { t, prettier: prettier ? `prettier (${prettier.parser})` : null };
    }),
  );
  if (format === "json") {
    return (
      JSON.stringify(
        targets.map(({ t, prettier }) => ({
          id: t.id,
          title: t.title,
          language: t.language,
          aliases: t.aliases,
          formatter: prettier ?? "none (pre-formatted)",
          filename: t.filename,
          port: t.port,
          docs: t.docs,
        })),
        null,
        2,
      ) + "\n"
    );
  }
  return table([
    ["id", "title", "language", "aliases", "formatter"].map((c) => msg.t(`list.${c}`)),
    ...targets.map(({ t, prettier }) => [t.id, t.title, t.language, t.aliases.join(", ") || "-", prettier ?? msg.t("list.noFormatter")]),
  ]);
}

/** `snipgen codes`: the codes of a protocol. As for list, the table speaks the language of `msg`, the JSON does not. */
export function listCodes(protocol: Protocol, format: OutputFormat | undefined, msg: Messages): string {
  const codes = protocol.codes;
  if (format === "json") {
    return (
      JSON.stringify(
        codes.map((c) => ({
          code: c.code,
          reason: c.reason,
          class: className(protocol, c.code),
          official: c.official,
          origin: c.origin,
          rfc: c.rfc,
          section: c.section,
          link: c.link,
        })),
        null,
        2,
      ) + "\n"
    );
  }
  const ref = (c: (typeof codes)[number]) => (c.section ? `${c.rfc} §${c.section}` : c.rfc);
  return table([
    ["code", "reason", "class", "official", "rfc"].map((c) => msg.t(`codes.${c}`)),
    ...codes.map((c) => [
      String(c.code),
      c.reason,
      classNameIn(msg, protocol, c.code),
      c.official ? msg.t("official.yes") : msg.t("official.no", { origin: c.origin ?? "" }),
      ref(c),
    ]),
  ]);
}
