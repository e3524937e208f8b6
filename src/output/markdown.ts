import { className, classOf, command } from "../../protocols/index.js";
import type { Generated } from "../generate.js";

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

/**
 * The reference page for one code: the seed page's sections, done right. `pageOf` links another code's
 * page where there is one (export).
 */
export function pageBlocks(g: Generated, date: Date, pageOf?: (code: number) => string | undefined): Block[] {
  const { entry, spec, protocol } = g;
  const title = `${entry.code} ${entry.reason}`;
  const origin = entry.official ? "" : ` Unofficial: used by ${entry.origin}.`;
  const ref = entry.section ? `${entry.rfc}, section ${entry.section}` : entry.rfc;
  const pageTargets = g.snippets.map(({ target: t }) => ({ id: t.id, title: t.title, port: t.port, appFile: t.filename.app, run: t.run, install: t.install }));
  const out: Block[] = [
    { heading: title, level: 1 },
    { text: `${entry.description}${origin}` },
    { text: `Reference: [${ref}](${entry.link})` },
    { text: `The snippets below answer \`${spec.method} ${spec.route}\`.` },
    { heading: `${protocol.title} response` },
    { code: protocol.wirePreview(spec, date), lang: protocol.wireFence },
    ...protocol.tryItSection(entry.code, spec, pageTargets),
    { heading: `Return ${title} in your ${protocol.targetNoun}` },
  ];
  for (const s of g.snippets) {
    const how = [s.target.install && `install: \`${s.target.install}\``, s.style === "app" && s.target.run && `run: \`${s.target.run}\``].filter(Boolean);
    out.push(
      { heading: s.target.title, level: 3, id: s.target.id },
      { text: [`\`${s.target.filename[s.style]}\``, `[docs](${s.target.docs})`, ...how].join(" · ") },
      { code: s.code, lang: s.language.fence },
    );
    if (s.style === "app") {
      for (const f of s.target.files()) out.push({ text: `Beside it, \`${f.path}\`:` }, { code: f.content, lang: fenceOf(f.path) });
    }
  }
  for (const u of g.unsupported) out.push({ heading: u.target.title, level: 3, id: u.target.id }, { text: `Not available: ${u.reason}.` });
  const related = protocol.codes.filter((c) => classOf(c.code) === classOf(entry.code) && c.code !== entry.code);
  out.push(
    { heading: `Related codes (${classOf(entry.code)}xx ${className(protocol, entry.code)})` },
    {
      table: {
        head: ["Code", "Reason", "Generate"],
        rows: related.map((c) => {
          const page = pageOf?.(c.code);
          return [
            page ? `[${c.code}](${page})` : String(c.code),
            `${c.reason}${c.official ? "" : " (unofficial)"}`,
            `\`${command(protocol, `${c.code} --all`)}\``,
          ];
        }),
      },
    },
  );
  return out;
}

/** The reference page for one code, as Markdown. */
export function toMarkdown(g: Generated, date: Date, pageOf?: (code: number) => string | undefined): string {
  return blocksToMarkdown(pageBlocks(g, date, pageOf));
}
