import { join } from "node:path";
import { generate } from "../generate.js";
import { className, getModel } from "../model/index.js";
import { DEFAULTS } from "../model/spec.js";
import type { Protocol } from "../model/types.js";
import { frameworksOf } from "../registry/index.js";
import type { FrameworkEntry, Style } from "../registry/types.js";
import { writeAll } from "./files.js";
import { toMarkdown } from "./markdown.js";

const pageOf = (code: number) => `${code}.md`;

/**
 * The whole catalog: DIR/<protocol>/<code>.md (the --all page of every code) and DIR/<protocol>/index.md.
 * Everything is rendered before the first file is written, and written all or nothing. Returns the paths.
 */
export async function exportCatalog(dir: string, protocol: Protocol, style: Style, date: Date, only: { frameworks?: FrameworkEntry[]; codes?: number[] } = {}): Promise<string[]> {
  const codes = getModel(protocol).codes.filter((c) => !only.codes?.length || only.codes.includes(c.code));
  const frameworks = only.frameworks?.length ? only.frameworks : frameworksOf(protocol);
  const pages: [string, string][] = [];
  for (const entry of codes) {
    const generated = await generate({
      protocol,
      code: entry.code,
      frameworks,
      style,
      numeric: false,
      prettier: true,
      overrides: { body: { kind: "model" }, headers: [], route: DEFAULTS.route, method: DEFAULTS.method },
      skipUnsupported: true,
    });
    pages.push([join(dir, protocol, pageOf(entry.code)), toMarkdown(generated, date, pageOf)]);
  }
  const index = [
    `# ${protocol.toUpperCase()} status codes`,
    "",
    `Every code snipgen knows, each with the response on the wire and code for ${frameworks.map((f) => f.title).join(", ")}.`,
    "",
    "| Code | Reason | Class | Official |",
    "| --- | --- | --- | --- |",
    ...codes.map((c) => `| [${c.code}](${pageOf(c.code)}) | ${c.reason} | ${className(c.code)} | ${c.official ? "yes" : `no (${c.origin})`} |`),
    "",
  ].join("\n");
  pages.push([join(dir, protocol, "index.md"), index]);
  return writeAll(`export ${dir}`, pages.map(([path, text]) => ({ path, text })));
}
