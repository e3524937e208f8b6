import { className, getModel } from "../model/index.js";
import type { Protocol } from "../model/types.js";
import { frameworksOf } from "../registry/index.js";
import type { OutputFormat } from "./options.js";

/** Left-aligned columns, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")).join("\n") + "\n";
}

export function listFrameworks(protocol: Protocol, format: OutputFormat | undefined): string {
  const fws = frameworksOf(protocol);
  const formatterOf = (f: (typeof fws)[number]) => (f.formatter ? `prettier (${f.formatter.parser})` : "none (pre-formatted)");
  if (format === "json") {
    return JSON.stringify(fws.map((f) => ({ id: f.id, title: f.title, language: f.language, aliases: f.aliases, formatter: formatterOf(f), filename: f.filename, port: f.defaultPort, docs: f.docs })), null, 2) + "\n";
  }
  return table([["ID", "TITLE", "LANGUAGE", "ALIASES", "FORMATTER"], ...fws.map((f) => [f.id, f.title, f.language, f.aliases.join(", ") || "-", formatterOf(f)])]);
}

export function listCodes(protocol: Protocol, format: OutputFormat | undefined): string {
  const codes = getModel(protocol).codes;
  if (format === "json") {
    return JSON.stringify(codes.map((c) => ({ code: c.code, reason: c.reason, class: className(c.code), official: c.official, origin: c.origin, rfc: c.rfc, section: c.section, link: c.link })), null, 2) + "\n";
  }
  const ref = (c: (typeof codes)[number]) => (c.section ? `${c.rfc} §${c.section}` : c.rfc);
  return table([["CODE", "REASON", "CLASS", "OFFICIAL", "RFC"], ...codes.map((c) => [String(c.code), c.reason, className(c.code), c.official ? "yes" : `no (${c.origin})`, ref(c)])]);
}
