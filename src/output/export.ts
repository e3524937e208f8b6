import { join } from "node:path";
import { className } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import { generate } from "../generate.js";
import type { Style, Target } from "../registry/types.js";
import { writeAll } from "./files.js";
import { toMarkdown } from "./markdown.js";

const pageOf = (code: number) => `${code}.md`;

/**
 * The whole catalog: DIR/<protocol>/<code>.md (the --all page of every code) and DIR/<protocol>/index.md.
 * Everything is rendered before the first file is written, and written all or nothing. Returns the paths.
 */
export async function exportCatalog(
  dir: string,
  protocol: Protocol,
  targets: readonly Target[],
  style: Style,
  date: Date,
  codes?: number[],
): Promise<string[]> {
  const entries = protocol.codes.filter((c) => !codes?.length || codes.includes(c.code));
  const pages: [string, string][] = [];
  for (const entry of entries) {
    const generated = await generate({
      protocol,
      code: entry.code,
      targets,
      style,
      numeric: false,
      prettier: true,
      overrides: { body: { kind: "model" }, headers: [], ...protocol.defaults },
      skipUnsupported: true,
    });
    pages.push([join(dir, protocol.id, pageOf(entry.code)), toMarkdown(generated, date, pageOf)]);
  }
  const index = [
    `# ${protocol.title} status codes`,
    "",
    `Every code snipgen knows, each with the response on the wire and code for ${targets.map((t) => t.title).join(", ")}.`,
    "",
    "| Code | Reason | Class | Official |",
    "| --- | --- | --- | --- |",
    ...entries.map((c) => `| [${c.code}](${pageOf(c.code)}) | ${c.reason} | ${className(protocol, c.code)} | ${c.official ? "yes" : `no (${c.origin})`} |`),
    "",
  ].join("\n");
  pages.push([join(dir, protocol.id, "index.md"), index]);
  return writeAll(
    `export ${dir}`,
    pages.map(([path, text]) => ({ path, text })),
  );
}
