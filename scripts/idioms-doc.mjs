// docs/idioms.md, the review list of issue 14, assembled from the "## Idioms" section each target keeps
// in its SOURCES.md (one table per framework: per kind of response, what snipgen writes and which
// documentation page it follows). Usage: npm run docs:idioms   (a test fails when the file is stale)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every target folder with its target.json, in page order. */
export function targetFolders() {
  return readdirSync(`${ROOT}targets`, { withFileTypes: true })
    .filter((p) => p.isDirectory())
    .flatMap((p) =>
      readdirSync(`${ROOT}targets/${p.name}`, { withFileTypes: true })
        .filter((t) => t.isDirectory() && existsSync(`${ROOT}targets/${p.name}/${t.name}/target.json`))
        .map((t) => {
          const dir = `targets/${p.name}/${t.name}`;
          const meta = JSON.parse(readFileSync(`${ROOT}${dir}/target.json`, "utf8"));
          return { id: t.name, protocol: p.name, dir, title: meta.title, order: meta.order ?? Infinity };
        }),
    )
    .sort((a, b) => a.protocol.localeCompare(b.protocol) || a.order - b.order || a.id.localeCompare(b.id));
}

/** The text of a target's "## Idioms" section (up to the next "## " heading), without the heading; null if none. */
export function idiomsSection(dir) {
  const path = `${ROOT}${dir}/SOURCES.md`;
  if (!existsSync(path)) return null;
  const text = readFileSync(path, "utf8");
  const match = /^## Idioms[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
  return match ? match[1].trim() : null;
}

export function idiomsDoc() {
  const out = [
    "# Idioms: what snipgen writes for each framework, and why",
    "",
    'The review list of the issue "Code an expert would paste". For every target, per kind of response,',
    "the form its snippets take and the documentation page that form follows. Each table is the",
    "`## Idioms` section of the target's own `SOURCES.md` (`targets/<protocol>/<id>/SOURCES.md`); this",
    "file is assembled from them by `npm run docs:idioms`, and a test fails when it is out of date.",
    "Every form below is run for real by the runtime layer where the framework runs here (see",
    "[verification.md](verification.md)), and compared with `snipgen <code> --format json`.",
  ];
  for (const t of targetFolders()) {
    out.push("", `## ${t.title} (\`${t.id}\`, ${t.protocol.toUpperCase()})`, "", idiomsSection(t.dir) ?? "_No idioms section yet._");
  }
  return out.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${ROOT}docs/idioms.md`, idiomsDoc());
  console.log("wrote docs/idioms.md");
}
