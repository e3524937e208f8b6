import { join } from "node:path";
import { className } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import { generate } from "../generate.js";
import type { Style, Target } from "../registry/types.js";
import { writeAll } from "./files.js";
import { toMarkdown } from "./markdown.js";

const pageOf = (code: number) => `${code}.md`;

/**
 * One protocol's part of the catalog: DIR/<protocol>/<code>.md (the --all page of every code) and
 * DIR/<protocol>/index.md. Returns the files to write (exportCatalog writes them all or none).
 */
export async function catalogPages(
  dir: string,
  protocol: Protocol,
  targets: readonly Target[],
  style: Style,
  date: Date,
  codes?: number[],
  progress?: () => void,
): Promise<{ path: string; text: string }[]> {
  const entries = protocol.codes.filter((c) => !codes?.length || codes.includes(c.code));
  const pages: { path: string; text: string }[] = [];
  for (const entry of entries) {
    progress?.();
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
    pages.push({ path: join(dir, protocol.id, pageOf(entry.code)), text: toMarkdown(generated, date, pageOf) });
  }
  const index = [
    `# ${protocol.title} status codes`,
    "",
    targets.length
      ? `Every code snipgen knows, each with the response on the wire and code for ${targets.map((t) => t.title).join(", ")}.`
      : "Every code snipgen knows, each with the response on the wire.",
    "",
    "| Code | Reason | Class | Official |",
    "| --- | --- | --- | --- |",
    ...entries.map((c) => `| [${c.code}](${pageOf(c.code)}) | ${c.reason} | ${className(protocol, c.code)} | ${c.official ? "yes" : `no (${c.origin})`} |`),
    "",
  ].join("\n");
  pages.push({ path: join(dir, protocol.id, "index.md"), text: index });
  return pages;
}

/**
 * The catalog of one or more protocols, written all or nothing; with several, DIR/index.md links them.
 * `progress(done, total)` hears of each page as it is made. Returns the paths.
 */
export async function exportCatalog(
  dir: string,
  parts: { protocol: Protocol; targets: readonly Target[] }[],
  style: Style,
  date: Date,
  codes?: number[],
  progress?: (done: number, total: number) => void,
): Promise<string[]> {
  const total = parts.reduce((n, p) => n + p.protocol.codes.filter((c) => !codes?.length || codes.includes(c.code)).length, 0);
  let done = 0;
  const tick = progress && (() => progress(++done, total));
  const pages = (await Promise.all(parts.map((p) => catalogPages(dir, p.protocol, p.targets, style, date, codes, tick)))).flat();
  if (parts.length > 1) {
    const lines = ["# Status codes", "", ...parts.map((p) => `- [${p.protocol.title}](${p.protocol.id}/index.md): ${p.protocol.codes.length} codes`), ""];
    pages.push({ path: join(dir, "index.md"), text: lines.join("\n") });
  }
  return writeAll(`export ${dir}`, pages);
}
