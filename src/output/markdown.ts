import { classOf, command, findCode } from "../../protocols/index.js";
import type { CodeEntry, PageBlock, Protocol } from "../../protocols/types.js";
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

function blockLines(block: PageBlock): string {
  if ("heading" in block) return `## ${block.heading}`;
  if ("code" in block) return fence(block.lang, block.code);
  return block.text;
}

/** Where the page links: the pages of other codes (export), and the same page in the other languages (export --lang all). */
export interface PageLinks {
  pageOf?: (code: number) => string;
  /** The relative path of this page in another language. */
  inLanguage?: (lang: Lang) => string;
}

/** The reference page for one code: the seed page's sections, done right, in the language of `msg`. */
export function toMarkdown(g: Generated, date: Date, msg: Messages, links: PageLinks = {}): string {
  const { entry, spec, protocol } = g;
  const title = `${entry.code} ${entry.reason}`;
  const origin = entry.official ? "" : ` ${msg.t("page.unofficial", { origin: entry.origin ?? "" })}`;
  const pageTargets = g.snippets.map(({ target: t }) => ({ id: t.id, title: t.title, port: t.port, appFile: t.filename.app, run: t.run, install: t.install }));
  const out: string[] = [
    `# ${title}`,
    "",
    ...(links.inLanguage ? [languageLine(msg, links.inLanguage), ""] : []),
    `${describe(msg, protocol, entry)}${origin}`,
    "",
    msg.t("page.reference", { link: `[${whereDefined(msg, entry, "page")}](${entry.link})` }),
    "",
    msg.t("page.answers", { request: `\`${spec.method} ${spec.route}\`` }),
    "",
    `## ${msg.t("page.response", { protocol: protocol.title })}`,
    "",
    fence(protocol.wireFence, protocol.wirePreview(spec, date)),
    "",
    ...protocol.tryItSection(entry.code, spec, pageTargets, (key, params) => msg.t(key, params)).flatMap((block) => [blockLines(block), ""]),
    `## ${msg.t(`page.returnIn.${protocol.id}`, { title })}`,
  ];
  for (const s of g.snippets) {
    const how = [
      s.target.install && msg.t("page.install", { command: `\`${s.target.install}\`` }),
      s.style === "app" && s.target.run && msg.t("page.run", { command: `\`${s.target.run}\`` }),
    ].filter(Boolean);
    out.push(
      "",
      `### ${s.target.title}`,
      "",
      [`\`${s.target.filename[s.style]}\``, `[${msg.t("page.docs")}](${s.target.docs})`, ...how].join(" · "),
      "",
      fence(s.language.fence, s.code),
    );
    if (s.style === "app") {
      for (const f of s.target.files()) out.push("", msg.t("page.beside", { path: `\`${f.path}\`` }), "", fence(fenceOf(f.path), f.content));
    }
  }
  for (const u of g.unsupported) out.push("", `### ${u.target.title}`, "", msg.t("page.notAvailable", { reason: u.reason }));
  out.push("", ...moreCodes(msg, protocol, entry, links.pageOf));
  return out.join("\n") + "\n";
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
function moreCodes(msg: Messages, protocol: Protocol, entry: CodeEntry, pageOf?: (code: number) => string): string[] {
  const { confused, neighbours } = relatedCodes(protocol, entry.code);
  const table = (codes: CodeEntry[]) => [
    `| ${msg.t("table.code")} | ${msg.t("table.reason")} | ${msg.t("table.command")} |`,
    "| --- | --- | --- |",
    ...codes.map((c) => {
      const mark = c.official ? "" : ` ${msg.t("table.unofficial")}`;
      const code = pageOf ? `[${c.code}](${pageOf(c.code)})` : String(c.code);
      return `| ${code} | ${c.reason.replace(/\|/g, "\\|")}${mark} | \`${command(protocol, `${c.code} --all`)}\` |`;
    }),
  ];
  const out = [`## ${msg.t("page.more", { protocol: protocol.title })}`];
  if (confused.length) out.push("", msg.t("page.confused", { title: `${entry.code} ${entry.reason}` }), "", ...table(confused));
  if (neighbours.length) {
    const params = { digits: `${classOf(entry.code)}xx`, className: classNameIn(msg, protocol, entry.code) };
    out.push("", msg.t("page.neighbours", params), "", ...table(neighbours));
  }
  return out;
}
