import type { Generated } from "../generate.js";
import { DEFAULTS } from "../model/spec.js";
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
  // Some servers (WEBrick) refuse a POST without Content-Length: send an empty body.
  const body = ["POST", "PUT", "PATCH"].includes(spec.method) ? " -d ''" : "";
  return `curl -i${method}${body} "http://localhost:\${PORT:-8080}${spec.route}"`;
}

/** How to start one of the page's snippets as a server (a Python one: a single file, one command). */
function startHint(g: Generated): string {
  const python = g.snippets.find((s) => s.framework.language === "python");
  const intro = "Print a snippet as a complete program with `--style app` and start it";
  if (!python) return `${intro}, then:`;
  const route = g.spec.route === DEFAULTS.route ? "" : ` --route ${g.spec.route}`;
  const method = g.spec.method === DEFAULTS.method ? "" : ` --method ${g.spec.method}`;
  return `${intro}, for example \`snipgen ${g.entry.code} -f ${python.framework.id} --style app${method}${route} > main.py && PORT=8080 python main.py\`, then:`;
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
    startHint(g),
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
