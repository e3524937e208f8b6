import { join } from "node:path";
import { className } from "../../protocols/index.js";
import type { CodeEntry, Protocol } from "../../protocols/types.js";
import { generate, type Generated } from "../generate.js";
import type { Style, Target } from "../registry/types.js";
import { writeAll } from "./files.js";
import { blocksToMarkdown, pageBlocks, type Block } from "./markdown.js";

/** Where a page of the catalog sits and what it may link: its protocol (none for DIR/index), the codes' pages, DIR/index. */
export interface PageLinks {
  protocol: Protocol | null;
  /** The page of a code in the same folder, for the codes exported (no link to a page that is not there). */
  pageOf: (code: number) => string | undefined;
  /** Whether DIR/index links the protocols (several were exported). */
  root: boolean;
}

/** A format of the catalog: the extension of its pages, and how it writes a code's page and an index from their blocks. */
export interface CatalogFormat {
  ext: string;
  /** A code's page from its blocks (markdown.ts pageBlocks, the same for every format). */
  page(blocks: Block[], g: Generated, at: PageLinks): string;
  index(blocks: Block[], at: PageLinks): string;
  /** Files the pages share (a stylesheet), as paths under DIR. */
  shared: { path: string; text: string }[];
}

export const EXPORT_FORMATS = ["markdown", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MARKDOWN: CatalogFormat = { ext: "md", page: (blocks) => blocksToMarkdown(blocks), index: (blocks) => blocksToMarkdown(blocks), shared: [] };

/** A code's page as the catalog shows it: the model's body, the protocol's defaults, every target that can answer. */
export function generated(protocol: Protocol, entry: CodeEntry, targets: readonly Target[], style: Style): Promise<Generated> {
  return generate({
    protocol,
    code: entry.code,
    targets,
    style,
    numeric: false,
    prettier: true,
    overrides: { body: { kind: "model" }, headers: [], ...protocol.defaults },
    skipUnsupported: true,
  });
}

/**
 * One protocol's part of the catalog: DIR/<protocol>/<code>.<ext> (the --all page of every code) and
 * DIR/<protocol>/index.<ext>. Returns the files to write (exportCatalog writes them all or none).
 */
export async function catalogPages(
  dir: string,
  protocol: Protocol,
  targets: readonly Target[],
  style: Style,
  date: Date,
  codes?: number[],
  progress?: () => void,
  format: CatalogFormat = MARKDOWN,
  root = false,
): Promise<{ path: string; text: string }[]> {
  const entries = protocol.codes.filter((c) => !codes?.length || codes.includes(c.code));
  const at: PageLinks = { protocol, pageOf: (code) => (entries.some((c) => c.code === code) ? `${code}.${format.ext}` : undefined), root };
  const pages: { path: string; text: string }[] = [];
  for (const entry of entries) {
    progress?.();
    const g = await generated(protocol, entry, targets, style);
    pages.push({ path: join(dir, protocol.id, at.pageOf(entry.code)!), text: format.page(pageBlocks(g, date, at.pageOf), g, at) });
  }
  const index: Block[] = [
    { heading: `${protocol.title} status codes`, level: 1 },
    {
      text: targets.length
        ? `Every code snipgen knows, each with the response on the wire and code for ${targets.map((t) => t.title).join(", ")}.`
        : "Every code snipgen knows, each with the response on the wire.",
    },
    {
      table: {
        head: ["Code", "Reason", "Class", "Official"],
        rows: entries.map((c) => [`[${c.code}](${at.pageOf(c.code)})`, c.reason, className(protocol, c.code), c.official ? "yes" : `no (${c.origin})`]),
      },
    },
  ];
  pages.push({ path: join(dir, protocol.id, `index.${format.ext}`), text: format.index(index, at) });
  return pages;
}

/**
 * The catalog of one or more protocols, written all or nothing; with several, DIR/index.<ext> links them.
 * `progress(done, total)` hears of each page as it is made. Markdown by default; the HTML format is
 * loaded only when asked for (it brings the highlighter). Returns the paths.
 */
export async function exportCatalog(
  dir: string,
  parts: { protocol: Protocol; targets: readonly Target[] }[],
  style: Style,
  date: Date,
  codes?: number[],
  progress?: (done: number, total: number) => void,
  formatName: ExportFormat = "markdown",
): Promise<string[]> {
  const format: CatalogFormat = formatName === "html" ? await (await import("./html-export.js")).htmlFormat() : MARKDOWN;
  const total = parts.reduce((n, p) => n + p.protocol.codes.filter((c) => !codes?.length || codes.includes(c.code)).length, 0);
  let done = 0;
  const tick = progress && (() => progress(++done, total));
  const root = parts.length > 1;
  const pages = (await Promise.all(parts.map((p) => catalogPages(dir, p.protocol, p.targets, style, date, codes, tick, format, root)))).flat();
  if (root) {
    const blocks: Block[] = [
      { heading: "Status codes", level: 1 },
      { list: parts.map((p) => `[${p.protocol.title}](${p.protocol.id}/index.${format.ext}): ${p.protocol.codes.length} codes`) },
    ];
    pages.push({ path: join(dir, `index.${format.ext}`), text: format.index(blocks, { protocol: null, pageOf: () => undefined, root }) });
  }
  pages.push(...format.shared.map((f) => ({ path: join(dir, f.path), text: f.text })));
  return writeAll(`export ${dir}`, pages);
}
