/** Python for the test layers: tree-sitter-python, ast.parse, black, and evaluation by python3. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonValue } from "../../src/json/ordered-json.js";
import { fromCodePoints, outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";
import { python } from "./python.js";

/** The virtual environment .ci/install-runtimes.sh fills (black, the Python frameworks). */
const VENV = process.env.SNIPGEN_VENV ?? `${process.env.HOME}/.cache/snipgen/venv`;
const BLACK = `${VENV}/bin/black`;
const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

/** Splits a unified diff of several files (`--- a` / `+++ b` headers) into one diff per file name. */
function splitDiff(text: string, names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const header = /^(?:---|\+\+\+) (\S+)/.exec(line);
    if (header) {
      const name = names.find((n) => header[1]!.endsWith("/" + n) || header[1] === n);
      if (name) current = name;
    }
    if (current) out.set(current, (out.get(current) ?? "") + line + "\n");
  }
  return out;
}

/** Files named s0.py, s1.py, ... in a folder that is black's project root (an empty pyproject.toml: its defaults, no user configuration). */
function blackFolder(sources: string[]): { files: Record<string, string>; names: string[] } {
  const names = sources.map((_, i) => `s${i}.py`);
  return { files: { ...Object.fromEntries(names.map((n, i) => [n, sources[i]!])), "pyproject.toml": "" }, names };
}

/** Prints every literal as a list element, evaluated by ast.literal_eval, as one line each. */
function evaluateList(literals: string[], print: string): string[] {
  const list = `values = [\n${literals.map((l) => `    ${l.replace(/\n/g, "\n    ")},`).join("\n")}\n]\n`;
  const check = `import ast, json, sys\ntree = ast.parse(open(sys.argv[1], encoding="utf-8").read())\nfor node in tree.body[0].value.elts:\n    value = ast.literal_eval(node)\n    print(${print})\n`;
  return withTempDir({ "values.py": list, "check.py": check }, (dir) =>
    outputLines(runCommand("python3", ["-X", "utf8", join(dir, "check.py"), join(dir, "values.py")])),
  );
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-python/tree-sitter-python.wasm", root: "module" },

  native: {
    name: "ast.parse",
    async check(sources) {
      return withTempDir(Object.fromEntries(sources.map((s, i) => [`${i}.py`, s])), (dir) => {
        const script = `import ast, sys, pathlib\nfor i in range(${sources.length}):\n    p = pathlib.Path(sys.argv[1], f"{i}.py")\n    try:\n        ast.parse(p.read_text(encoding="utf-8"), str(p))\n    except SyntaxError as e:\n        print(f"{i}: {e}")\n`;
        const r = spawnSync("python3", ["-c", script, dir], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`python3 failed (exit ${r.status}):\n${r.stderr}`);
        const result: (string | null)[] = sources.map(() => null);
        for (const line of r.stdout.split("\n").filter(Boolean)) result[Number(line.split(":")[0])] = line;
        return result;
      });
    },
  },

  formatter: {
    name: "black",
    missing: () => (existsSync(BLACK) && runs(BLACK, ["--version"]) ? null : `black is not installed at ${BLACK} (run .ci/install-runtimes.sh)`),
    async check(sources) {
      const { files, names } = blackFolder(sources);
      return withTempDir(files, (dir) => {
        const r = spawnSync(BLACK, ["--check", "--diff", "--quiet", "--no-cache", "."], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
        if (r.status !== 0 && r.status !== 1) throw new Error(`black failed (exit ${r.status}):\n${r.stderr}`);
        const diffs = splitDiff(r.stdout, names);
        if (r.status === 1 && diffs.size === 0) throw new Error(`black reported changes it did not show:\n${r.stderr}`);
        return new Map([...diffs].map(([name, diff]) => [names.indexOf(name), diff]));
      });
    },
    // Each value laid out as the templates do (`    body = ...`), flattened to one line by black itself
    // (-C, no length limit), then formatted by black: the result must be exactly snipgen's layout.
    literalLayout(literals: { name: string; value: JsonValue }[]) {
      const texts = literals.map(({ name, value }) => {
        const prefix = `    ${name} = `;
        return `def endpoint():\n${prefix}${python.literal(value, 4, prefix.length, 0)}\n`;
      });
      const { files, names } = blackFolder(texts);
      return withTempDir(files, (dir) => {
        for (const args of [["-C", "-l", "100000"], []]) {
          const r = spawnSync(BLACK, ["--quiet", "--no-cache", ...args, "."], { cwd: dir, encoding: "utf8" });
          if (r.status !== 0) throw new Error(`black ${args.join(" ")} failed (exit ${r.status}):\n${r.stderr}`);
        }
        return texts.map((snipgen, i) => ({ snipgen, formatter: readFileSync(join(dir, names[i]!), "utf8") }));
      });
    },
  },

  evaluate: {
    missing: () => (runs("python3", ["--version"]) ? null : "python3 is not installed"),
    strings: (literals) => evaluateList(literals, `" ".join(format(ord(c), "x") for c in value)`).map(fromCodePoints),
    values: (literals) => evaluateList(literals, "json.dumps(value, ensure_ascii=True)"),
  },
};

export default checks;
