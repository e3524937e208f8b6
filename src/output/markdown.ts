import { classOf, command, findCode } from "../../protocols/index.js";
import type { CodeEntry, Protocol } from "../../protocols/types.js";
import type { Generated } from "../generate.js";
import type { Messages } from "../i18n/catalog.js";
import { LANGUAGE_NAMES, LANGS, type Lang } from "../i18n/languages.js";
import { classNameIn, describe, whereDefined } from "./localize.js";

/** A fence longer than any backtick run inside the block, so no content can close it early. */
function fence(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

/** The fence language of a file the program needs, from its extension (pom.xml → xml, go.mod → text). */
function fenceOf(path: string): string {
  const ext = /\.(\w+)$/.exec(path)?.[1] ?? "";
  return ({ xml: "xml", json: "json", csproj: "xml", toml: "toml", yaml: "yaml", yml: "yaml" } as Record<string, string>)[ext] ?? "text";
}

/**
 * One block of a page. Markdown and HTML (html.ts) render the same list, so a section is written once.
 * Text and table cells are inline Markdown of two kinds only: `code` spans and [links](url).
 */
export type Block =
  | { heading: string; level?: 1 | 2 | 3; id?: string }
  | { text: string }
  | { code: string; lang: string }
  | { table: { head: string[]; rows: string[][] } }
  | { list: string[] };

function blockLines(block: Block): string {
  if ("heading" in block) return `${"#".repeat(block.level ?? 2)} ${block.heading}`;
  if ("code" in block) return fence(block.lang, block.code);
  if ("table" in block) {
    const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
    return [row(block.table.head), row(block.table.head.map(() => "---")), ...block.table.rows.map(row)].join("\n");
  }
  if ("list" in block) return block.list.map((item) => `- ${item}`).join("\n");
  return block.text;
}

/** Blocks as Markdown: one blank line between two, a newline at the end. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks.map(blockLines).join("\n\n") + "\n";
}

/** Where the page links: the pages of other codes (export; undefined for a code not exported), and the same page in the other languages (export --lang all). */
export interface PageLinks {
  pageOf?: (code: number) => string | undefined;
  /** The relative path of this page in another language. */
  inLanguage?: (lang: Lang) => string;
}

/** The reference page for one code: the seed page's sections, done right, in the language of `msg`, as blocks. */
export function pageBlocks(g: Generated, date: Date, msg: Messages, links: PageLinks = {}): Block[] {
  const { entry, spec, protocol } = g;
  const title = `${entry.code} ${entry.reason}`;
  const origin = entry.official ? "" : ` ${msg.t("page.unofficial", { origin: entry.origin ?? "" })}`;
  const pageTargets = g.snippets.map(({ target: t }) => ({ id: t.id, title: t.title, port: t.port, appFile: t.filename.app, run: t.run, install: t.install }));
  const out: Block[] = [
    { heading: title, level: 1 },
    ...(links.inLanguage ? [{ text: languageLine(msg, links.inLanguage) }] : []),
    { text: `${describe(msg, protocol, entry)}${origin}` },
    { text: msg.t("page.reference", { link: `[${whereDefined(msg, entry, "page")}](${entry.link})` }) },
    { text: msg.t("page.answers", { request: `\`${spec.method} ${spec.route}\`` }) },
    { heading: msg.t("page.response", { protocol: protocol.title }) },
    { code: protocol.wirePreview(spec, date), lang: protocol.wireFence },
    ...protocol.tryItSection(entry.code, spec, pageTargets, (key, params) => msg.t(key, params)),
    { heading: msg.t(`page.returnIn.${protocol.id}`, { title }) },
  ];
  for (const s of g.snippets) {
    const how = [
      s.target.install && msg.t("page.install", { command: `\`${s.target.install}\`` }),
      s.style === "app" && s.target.run && msg.t("page.run", { command: `\`${s.target.run}\`` }),
    ].filter((x): x is string => Boolean(x));
    out.push(
      { heading: s.target.title, level: 3, id: s.target.id },
      { text: [`\`${s.target.filename[s.style]}\``, `[${msg.t("page.docs")}](${s.target.docs})`, ...how].join(" · ") },
      { code: s.code, lang: s.language.fence },
    );
    if (s.style === "app") {
      for (const f of s.target.files()) out.push({ text: msg.t("page.beside", { path: `\`${f.path}\`` }) }, { code: f.content, lang: fenceOf(f.path) });
    }
  }
  for (const u of g.unsupported) out.push({ heading: u.target.title, level: 3, id: u.target.id }, { text: msg.t("page.notAvailable", { reason: u.reason }) });
  out.push(...moreCodes(msg, protocol, entry, links.pageOf));
  return out;
}

/** The reference page for one code, as Markdown. */
export function toMarkdown(g: Generated, date: Date, msg: Messages, links: PageLinks = {}): string {
  return blocksToMarkdown(pageBlocks(g, date, msg, links));
}

/** "Other languages: [English](…) · [Tiếng Việt](…) · …", each language in its own name, this one left out. */
export function languageLine(msg: Messages, inLanguage: (lang: Lang) => string): string {
  const others = LANGS.filter((l) => l !== msg.lang).map((l) => `[${LANGUAGE_NAMES[l]}](${inLanguage(l)})`);
  return msg.t("page.languages", { links: others.join(" · ") });
}

/** How many of the code's class neighbours (on each side) the page lists besides the codes it is confused with. */
const NEIGHBOURS = 2;

/**
 * The codes a reader of this page may want next: the ones people confuse it with (the protocol's
 * curated protocols/<p>/related.json) and its neighbours in its class, each once.
 */
export function relatedCodes(protocol: Protocol, code: number): { confused: CodeEntry[]; neighbours: CodeEntry[] } {
  const confused = (protocol.related[code] ?? []).map((c) => findCode(protocol, c)).filter((c): c is CodeEntry => c !== undefined);
  const inClass = protocol.codes.filter((c) => classOf(c.code) === classOf(code));
  const below = inClass.filter((c) => c.code < code).slice(-NEIGHBOURS);
  const above = inClass.filter((c) => c.code > code).slice(0, NEIGHBOURS);
  const neighbours = [...below, ...above].filter((c) => !confused.includes(c));
  return { confused, neighbours };
}

/** The page's last section, "More <protocol> codes": each code with its reason and the command (or, exported, the link) that shows it. */
function moreCodes(msg: Messages, protocol: Protocol, entry: CodeEntry, pageOf?: (code: number) => string | undefined): Block[] {
  const { confused, neighbours } = relatedCodes(protocol, entry.code);
  const table = (codes: CodeEntry[]): Block => ({
    table: {
      head: [msg.t("table.code"), msg.t("table.reason"), msg.t("table.command")],
      rows: codes.map((c) => {
        const page = pageOf?.(c.code);
        return [
          page ? `[${c.code}](${page})` : String(c.code),
          `${c.reason}${c.official ? "" : ` ${msg.t("table.unofficial")}`}`,
          `\`${command(protocol, `${c.code} --all`)}\``,
        ];
      }),
    },
  });
  const out: Block[] = [{ heading: msg.t("page.more", { protocol: protocol.title }) }];
  if (confused.length) out.push({ text: msg.t("page.confused", { title: `${entry.code} ${entry.reason}` }) }, table(confused));
  if (neighbours.length) {
    const params = { digits: `${classOf(entry.code)}xx`, className: classNameIn(msg, protocol, entry.code) };
    out.push({ text: msg.t("page.neighbours", params) }, table(neighbours));
  }
  return out;
}
