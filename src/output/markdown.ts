import type { Generated } from "../generate.js";
import { className, classOf, getModel } from "../model/index.js";
import type { Language } from "../registry/types.js";
import { wirePreview } from "./wire.js";

const FENCE: Record<Language, string> = { python: "python", javascript: "javascript", java: "java", go: "go", ruby: "ruby", csharp: "csharp" };

/** A fence longer than any backtick run inside the block, so no content can close it early. */
function fence(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

function curlCommand(g: Generated): string {
  const { spec } = g;
  const method = spec.method === "GET" ? "" : ` -X ${spec.method}`;
  return `curl -i${method} "http://localhost:\${PORT:-8080}${spec.route}"`;
}

/** The reference page for one code: the seed page's sections, done right. */
export function toMarkdown(g: Generated, date: Date, pageOf?: (code: number) => string): string {
  const { entry, spec } = g;
  const title = `${entry.code} ${entry.reason}`;
  const origin = entry.official ? "" : ` Unofficial: used by ${entry.origin}.`;
  const ref = entry.section ? `${entry.rfc}, section ${entry.section}` : entry.rfc;
  const out: string[] = [
    `# ${title}`,
    "",
    `${entry.description}${origin}`,
    "",
    `Reference: [${ref}](${entry.link})`,
    "",
    `## ${spec.protocol.toUpperCase()} response`,
    "",
    fence("http", wirePreview(spec, getModel(spec.protocol).wireVersion, date)),
    "",
    "## Test with curl",
    "",
    "Start any snippet below with `--style app`, then:",
    "",
    fence("sh", curlCommand(g)),
    "",
    `Ports: ${g.snippets.map((s) => `${s.framework.title} ${s.framework.defaultPort}`).join(", ")} (each app honours \`$PORT\`).`,
    "",
    `## Return ${title} in your framework`,
  ];
  for (const s of g.snippets) {
    out.push("", `### ${s.framework.title}`, "", `\`${s.framework.filename[s.style]}\` · [docs](${s.framework.docs})`, "", fence(FENCE[s.framework.language], s.code));
  }
  for (const u of g.unsupported) out.push("", `### ${u.framework.title}`, "", `Not available: ${u.reason}.`);
  const related = getModel(spec.protocol).codes.filter((c) => classOf(c.code) === classOf(entry.code) && c.code !== entry.code);
  out.push("", `## Related codes (${classOf(entry.code)}xx ${className(entry.code)})`, "", "| Code | Reason | Generate |", "| --- | --- | --- |");
  for (const c of related) {
    const mark = c.official ? "" : " (unofficial)";
    const code = pageOf ? `[${c.code}](${pageOf(c.code)})` : String(c.code);
    out.push(`| ${code} | ${c.reason.replace(/\|/g, "\\|")}${mark} | \`snipgen ${c.code} --all\` |`);
  }
  return out.join("\n") + "\n";
}
