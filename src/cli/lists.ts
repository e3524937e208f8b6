import { loadLanguage } from "../../languages/index.js";
import { className } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import type { Registry } from "../registry/targets.js";
import type { OutputFormat } from "./options.js";

/** Left-aligned columns, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")).join("\n") + "\n";
}

export async function listTargets(registry: Registry, format: OutputFormat | undefined): Promise<string> {
  const targets = await Promise.all(
    registry.targets.map(async (t) => {
      const { prettier } = await loadLanguage(t.language);
      return { t, formatter: prettier ? `prettier (${prettier.parser})` : "none (pre-formatted)" };
    }),
  );
  if (format === "json") {
    return (
      JSON.stringify(
        targets.map(({ t, formatter }) => ({
          id: t.id,
          title: t.title,
          language: t.language,
          aliases: t.aliases,
          formatter,
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
    ["ID", "TITLE", "LANGUAGE", "ALIASES", "FORMATTER"],
    ...targets.map(({ t, formatter }) => [t.id, t.title, t.language, t.aliases.join(", ") || "-", formatter]),
  ]);
}

export function listCodes(protocol: Protocol, format: OutputFormat | undefined): string {
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
    ["CODE", "REASON", "CLASS", "OFFICIAL", "RFC"],
    ...codes.map((c) => [String(c.code), c.reason, className(protocol, c.code), c.official ? "yes" : `no (${c.origin})`, ref(c)]),
  ]);
}
