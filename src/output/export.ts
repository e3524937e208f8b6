import { join } from "node:path";
import type { CodeEntry, Protocol } from "../../protocols/types.js";
import { generate, type Generated } from "../generate.js";
import { Messages } from "../i18n/catalog.js";
import { LANGUAGE_NAMES, type Lang } from "../i18n/languages.js";
import type { Style, Target } from "../registry/types.js";
import { writeAll } from "./files.js";
import { classNameIn } from "./localize.js";
import { languageLine, toMarkdown } from "./markdown.js";

const pageOf = (code: number) => `${code}.md`;

type Page = { path: string; text: string };

export interface ExportOptions {
  style: Style;
  date: Date;
  /** The languages to write; with `byLanguage`, each in DIR/<lang>/ and DIR/index.md links them. */
  langs: readonly Lang[];
  byLanguage: boolean;
  /** Only these codes (default: every code of the model). */
  codes?: number[];
  /** Hears of each page as it is made: (done, total). */
  progress?: (done: number, total: number) => void;
}

const entriesOf = (protocol: Protocol, codes?: number[]) => protocol.codes.filter((c) => !codes?.length || codes.includes(c.code));

/** One code's page, generated once for every language the export writes (the snippets are the same in each). */
async function generated(protocol: Protocol, entry: CodeEntry, targets: readonly Target[], style: Style): Promise<Generated> {
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
function protocolIndex(msg: Messages, protocol: Protocol, targets: readonly Target[], entries: CodeEntry[], languages: string[]): string {
  return [
    `# ${msg.t("export.protocolTitle", { protocol: protocol.title })}`,
    "",
    ...languages,
    targets.length ? msg.t("export.intro", { targets: targets.map((t) => t.title).join(", ") }) : msg.t("export.introNoTargets"),
    "",
    `| ${msg.t("table.code")} | ${msg.t("table.reason")} | ${msg.t("table.class")} | ${msg.t("table.official")} |`,
    "| --- | --- | --- | --- |",
    ...entries.map(
      (c) =>
        `| [${c.code}](${pageOf(c.code)}) | ${c.reason} | ${classNameIn(msg, protocol, c.code)} | ${c.official ? msg.t("official.yes") : msg.t("official.no", { origin: c.origin ?? "" })} |`,
    ),
    "",
  ].join("\n");
}

/**
 * The catalog of one or more protocols in one or more languages, written all or nothing: for each
 * language, DIR[/<lang>]/<protocol>/<code>.md (the --all page of every code), DIR[/<lang>]/<protocol>/index.md,
 * and, with several protocols or languages, DIR[/<lang>]/index.md linking them; with `byLanguage`,
 * DIR/index.md links the languages, and every page and index links its versions in the others. Returns the paths.
 */
export async function exportCatalog(dir: string, parts: { protocol: Protocol; targets: readonly Target[] }[], options: ExportOptions): Promise<string[]> {
  const { langs, byLanguage, codes, progress } = options;
  const total = parts.reduce((n, p) => n + entriesOf(p.protocol, codes).length, 0) * langs.length;
  let done = 0;
  const rootOf = (lang: Lang) => (byLanguage ? join(dir, lang) : dir);
  const messages = langs.map((l) => new Messages(l));
  // The protocols side by side (one's formatting overlaps the other's), each in code order.
  const perProtocol = await Promise.all(
    parts.map(async ({ protocol, targets }) => {
      const pages: Page[] = [];
      const entries = entriesOf(protocol, codes);
      for (const entry of entries) {
        const g = await generated(protocol, entry, targets, options.style);
        for (const msg of messages) {
          const inLanguage = byLanguage ? (l: Lang) => `../../${l}/${protocol.id}/${pageOf(entry.code)}` : undefined;
          pages.push({ path: join(rootOf(msg.lang), protocol.id, pageOf(entry.code)), text: toMarkdown(g, options.date, msg, { pageOf, inLanguage }) });
          progress?.(++done, total);
        }
      }
      for (const msg of messages) {
        const languages = byLanguage ? [languageLine(msg, (l) => `../../${l}/${protocol.id}/index.md`), ""] : [];
        pages.push({ path: join(rootOf(msg.lang), protocol.id, "index.md"), text: protocolIndex(msg, protocol, targets, entries, languages) });
      }
      return pages;
    }),
  );
  const pages = perProtocol.flat();
  if (parts.length > 1 || byLanguage) {
    for (const msg of messages) {
      const lines = [
        `# ${msg.t("export.title")}`,
        "",
        ...(byLanguage ? [languageLine(msg, (l) => `../${l}/index.md`), ""] : []),
        ...parts.map((p) => `- [${p.protocol.title}](${p.protocol.id}/index.md): ${msg.t("export.codeCount", { count: p.protocol.codes.length })}`),
        "",
      ];
      pages.push({ path: join(rootOf(msg.lang), "index.md"), text: lines.join("\n") });
    }
  }
  if (byLanguage) {
    const lines = ["# snipgen", "", ...messages.map((m) => `- [${LANGUAGE_NAMES[m.lang]}](${m.lang}/index.md): ${m.t("export.title")}`), ""];
    pages.push({ path: join(dir, "index.md"), text: lines.join("\n") });
  }
  return writeAll(`export ${dir}`, pages);
}
