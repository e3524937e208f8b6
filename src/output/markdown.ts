import { className, classOf, command } from "../../protocols/index.js";
import type { PageBlock } from "../../protocols/types.js";
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

function blockLines(block: PageBlock): string {
  if ("heading" in block) return `## ${block.heading}`;
  if ("code" in block) return fence(block.lang, block.code);
  return block.text;
}

/** The reference page for one code: the seed page's sections, done right. */
export function toMarkdown(g: Generated, date: Date, pageOf?: (code: number) => string): string {
  const { entry, spec, protocol } = g;
  const title = `${entry.code} ${entry.reason}`;
  const origin = entry.official ? "" : ` Unofficial: used by ${entry.origin}.`;
  const ref = entry.section ? `${entry.rfc}, section ${entry.section}` : entry.rfc;
  const pageTargets = g.snippets.map(({ target: t }) => ({ id: t.id, title: t.title, port: t.port, appFile: t.filename.app, run: t.run, install: t.install }));
  const out: string[] = [
    `# ${title}`,
    "",
    `${entry.description}${origin}`,
    "",
    `Reference: [${ref}](${entry.link})`,
    "",
    `The snippets below answer \`${spec.method} ${spec.route}\`.`,
    "",
    `## ${protocol.title} response`,
    "",
    fence(protocol.wireFence, protocol.wirePreview(spec, date)),
    "",
    ...protocol.tryItSection(entry.code, spec, pageTargets).flatMap((block) => [blockLines(block), ""]),
    `## Return ${title} in your ${protocol.targetNoun}`,
  ];
  for (const s of g.snippets) {
    const how = [s.target.install && `install: \`${s.target.install}\``, s.style === "app" && s.target.run && `run: \`${s.target.run}\``].filter(Boolean);
    out.push(
      "",
      `### ${s.target.title}`,
      "",
      [`\`${s.target.filename[s.style]}\``, `[docs](${s.target.docs})`, ...how].join(" · "),
      "",
      fence(s.language.fence, s.code),
    );
    if (s.style === "app") {
      for (const f of s.target.files()) out.push("", `Beside it, \`${f.path}\`:`, "", fence(fenceOf(f.path), f.content));
    }
  }
  for (const u of g.unsupported) out.push("", `### ${u.target.title}`, "", `Not available: ${u.reason}.`);
  const related = protocol.codes.filter((c) => classOf(c.code) === classOf(entry.code) && c.code !== entry.code);
  out.push("", `## Related codes (${classOf(entry.code)}xx ${className(protocol, entry.code)})`, "", "| Code | Reason | Generate |", "| --- | --- | --- |");
  for (const c of related) {
    const mark = c.official ? "" : " (unofficial)";
    const code = pageOf ? `[${c.code}](${pageOf(c.code)})` : String(c.code);
    out.push(`| ${code} | ${c.reason.replace(/\|/g, "\\|")}${mark} | \`${command(protocol, `${c.code} --all`)}\` |`);
  }
  return out.join("\n") + "\n";
}
