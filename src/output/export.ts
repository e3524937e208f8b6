import { join } from "node:path";
import type { CodeEntry, Protocol } from "../../protocols/types.js";
import { generate, type Generated } from "../generate.js";
import { Messages } from "../i18n/catalog.js";
import { LANGUAGE_NAMES, type Lang } from "../i18n/languages.js";
import type { Style, Target } from "../registry/types.js";
import { writeAll } from "./files.js";
import { classNameIn } from "./localize.js";
import { blocksToMarkdown, languageLine, pageBlocks, type Block } from "./markdown.js";

/** Where a page of the catalog sits and what it may link: its protocol (none for DIR/index), the codes' pages, DIR/index. */
export interface PageLinks {
  protocol: Protocol | null;
  /** The page of a code in the same folder, for the codes exported (no link to a page that is not there). */
  pageOf: (code: number) => string | undefined;
  /** Whether DIR/index links the protocols (several were exported). */
  root: boolean;
  /** The language the page is written in. */
  lang?: Lang;
}

/** A format of the catalog: the extension of its pages, and how it writes a code's page and an index from their blocks. */
export interface CatalogFormat {
  ext: string;
  /** A code's page from its blocks (markdown.ts pageBlocks, the same for every format). */
  page(blocks: Block[], g: Generated, at: PageLinks): string;
  index(blocks: Block[], at: PageLinks): string;
  /** Files the pages share (a stylesheet), as paths under each root folder of the catalog. */
  shared: { path: string; text: string }[];
}

export const EXPORT_FORMATS = ["markdown", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MARKDOWN: CatalogFormat = { ext: "md", page: (blocks) => blocksToMarkdown(blocks), index: (blocks) => blocksToMarkdown(blocks), shared: [] };

type Page = { path: string; text: string };

export interface ExportOptions {
  style: Style;
  date: Date;
  /** The languages to write; with `byLanguage`, each in DIR/<lang>/ and DIR/index links them. */
  langs: readonly Lang[];
  byLanguage: boolean;
  /** Only these codes (default: every code of the model). */
  codes?: number[];
  /** Hears of each page as it is made: (done, total). */
  progress?: (done: number, total: number) => void;
  /** Markdown (the default) or HTML, loaded only when asked for (it brings the highlighter). */
  format?: ExportFormat;
}

const entriesOf = (protocol: Protocol, codes?: number[]) => protocol.codes.filter((c) => !codes?.length || codes.includes(c.code));

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

/** A protocol's index page: every code with its reason, class and whether it is official. */
function protocolIndex(msg: Messages, protocol: Protocol, targets: readonly Target[], entries: CodeEntry[], at: PageLinks, languages: Block[]): Block[] {
  return [
    { heading: msg.t("export.protocolTitle", { protocol: protocol.title }), level: 1 },
    ...languages,
    { text: targets.length ? msg.t("export.intro", { targets: targets.map((t) => t.title).join(", ") }) : msg.t("export.introNoTargets") },
    {
      table: {
        head: [msg.t("table.code"), msg.t("table.reason"), msg.t("table.class"), msg.t("table.official")],
        rows: entries.map((c) => [
          `[${c.code}](${at.pageOf(c.code)})`,
          c.reason,
          classNameIn(msg, protocol, c.code),
          c.official ? msg.t("official.yes") : msg.t("official.no", { origin: c.origin ?? "" }),
        ]),
      },
    },
  ];
}

/**
 * The catalog of one or more protocols in one or more languages, written all or nothing: for each
 * language, DIR[/<lang>]/<protocol>/<code>.<ext> (the --all page of every code), DIR[/<lang>]/<protocol>/index.<ext>,
 * and, with several protocols or languages, DIR[/<lang>]/index.<ext> linking them; with `byLanguage`,
 * DIR/index.<ext> links the languages, and every page and index links its versions in the others. Returns the paths.
 */
export async function exportCatalog(dir: string, parts: { protocol: Protocol; targets: readonly Target[] }[], options: ExportOptions): Promise<string[]> {
  const { langs, byLanguage, codes, progress } = options;
  const format: CatalogFormat = options.format === "html" ? await (await import("./html-export.js")).htmlFormat() : MARKDOWN;
  const ext = format.ext;
  const total = parts.reduce((n, p) => n + entriesOf(p.protocol, codes).length, 0) * langs.length;
  let done = 0;
  const rootOf = (lang: Lang) => (byLanguage ? join(dir, lang) : dir);
  const messages = langs.map((l) => new Messages(l));
  const root = parts.length > 1 || byLanguage;
  // The protocols side by side (one's formatting overlaps the other's), each in code order.
  const perProtocol = await Promise.all(
    parts.map(async ({ protocol, targets }) => {
      const pages: Page[] = [];
      const entries = entriesOf(protocol, codes);
      const at: PageLinks = { protocol, pageOf: (code) => (entries.some((c) => c.code === code) ? `${code}.${ext}` : undefined), root };
      for (const entry of entries) {
        const g = await generated(protocol, entry, targets, options.style);
        for (const msg of messages) {
          const inLanguage = byLanguage ? (l: Lang) => `../../${l}/${protocol.id}/${at.pageOf(entry.code)}` : undefined;
          const blocks = pageBlocks(g, options.date, msg, { pageOf: at.pageOf, inLanguage });
          pages.push({ path: join(rootOf(msg.lang), protocol.id, at.pageOf(entry.code)!), text: format.page(blocks, g, { ...at, lang: msg.lang }) });
          progress?.(++done, total);
        }
      }
      for (const msg of messages) {
        const languages: Block[] = byLanguage ? [{ text: languageLine(msg, (l) => `../../${l}/${protocol.id}/index.${ext}`) }] : [];
        const blocks = protocolIndex(msg, protocol, targets, entries, at, languages);
        pages.push({ path: join(rootOf(msg.lang), protocol.id, `index.${ext}`), text: format.index(blocks, { ...at, lang: msg.lang }) });
      }
      return pages;
    }),
  );
  const pages = perProtocol.flat();
  const top: PageLinks = { protocol: null, pageOf: () => undefined, root };
  if (root) {
    for (const msg of messages) {
      const blocks: Block[] = [
        { heading: msg.t("export.title"), level: 1 },
        ...(byLanguage ? [{ text: languageLine(msg, (l) => `../${l}/index.${ext}`) }] : []),
        { list: parts.map((p) => `[${p.protocol.title}](${p.protocol.id}/index.${ext}): ${msg.t("export.codeCount", { count: p.protocol.codes.length })}`) },
      ];
      pages.push({ path: join(rootOf(msg.lang), `index.${ext}`), text: format.index(blocks, { ...top, lang: msg.lang }) });
    }
  }
  if (byLanguage) {
    const blocks: Block[] = [
      { heading: "snipgen", level: 1 },
      { list: messages.map((m) => `[${LANGUAGE_NAMES[m.lang]}](${m.lang}/index.${ext}): ${m.t("export.title")}`) },
    ];
    pages.push({ path: join(dir, `index.${ext}`), text: format.index(blocks, { ...top, root: false }) });
  }
  // The shared files (a stylesheet) beside every index that pages link up to.
  const roots = [...new Set([...messages.map((m) => rootOf(m.lang)), dir])];
  for (const r of roots) pages.push(...format.shared.map((f) => ({ path: join(r, f.path), text: f.text })));
  return writeAll(`export ${dir}`, pages);
}
