/**
 * TypeScript for the test layers: tree-sitter-typescript, `tsc --noEmit` with each target's own
 * compiler options, and evaluation of literals compiled by TypeScript itself and run in a vm context.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import ts from "typescript";
import type { Target } from "../../src/registry/types.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";
import { targetDir } from "../../test/helpers/registry.js";
import { ROOT } from "../../test/helpers/snipgen.js";

/** Compiler options for a target with no tsconfig of its own: strict, on Node's types. */
const DEFAULT_OPTIONS = { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true, types: ["node"] };

/**
 * The compiler options a target's snippets are checked with: the tsconfig.json its users get
 * (`files/tsconfig.json`), else the one its tests keep (`runtime/tsconfig.json`: a runtime whose users
 * need none, such as Deno, but whose types tsc must be told), else strict defaults on Node's types.
 */
export function compilerOptionsOf(target: Target): Record<string, unknown> {
  const dir = targetDir(target);
  const file = [join(dir, "files", "tsconfig.json"), join(dir, "runtime", "tsconfig.json")].find(existsSync);
  if (!file) return DEFAULT_OPTIONS;
  const { config, error } = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"));
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  return (config as { compilerOptions?: Record<string, unknown> }).compilerOptions ?? {};
}

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Runs tsc on a project folder; its output (diagnostics, one per line, continuation lines indented). */
function tsc(project: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSC, "-p", project, "--pretty", "false"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

/**
 * Every target's snippets as one tsc project under the repository's .tmp/ (so their imports resolve
 * from its node_modules), with the target's compiler options. Each file is its own module
 * (`moduleDetection: force`), as it is in a user's project, where it is alone.
 */
async function typeCheck(sources: string[], targets: Target[]): Promise<(string | null)[]> {
  const result: (string | null)[] = sources.map(() => null);
  const parent = join(ROOT, ".tmp");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "snipgen-tsc-"));
  try {
    const groups = new Map<Target, number[]>();
    targets.forEach((t, i) => groups.set(t, [...(groups.get(t) ?? []), i]));
    for (const [target, indices] of groups) {
      const project = join(dir, target.id);
      mkdirSync(project);
      for (const i of indices) writeFileSync(join(project, `s${i}.ts`), sources[i]!);
      const compilerOptions = { ...compilerOptionsOf(target), noEmit: true, incremental: false, moduleDetection: "force" };
      writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: indices.map((i) => `s${i}.ts`) }, null, 2));
      const { status, output } = await tsc(project);
      let current: number | null = null;
      for (const line of output.split("\n")) {
        const at = /^s(\d+)\.ts\(\d+,\d+\): error /.exec(line);
        if (at) current = Number(at[1]);
        else if (!/^\s/.test(line)) current = null;
        if (current !== null) result[current] = (result[current] ? result[current] + "\n" : "") + line;
      }
      // A failure no file is blamed for (a broken tsconfig, a missing types package) fails every file of the target.
      if (status !== 0 && indices.every((i) => result[i] === null)) for (const i of indices) result[i] = `tsc failed (exit ${status}):\n${output.trim()}`;
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles a piece of TypeScript with TypeScript's own emitter (no type check) and runs it in a fresh context. */
export function runTypeScript(source: string): unknown {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return vm.runInNewContext(js);
}

/** The value of a literal, compiled by TypeScript and evaluated in a fresh context (no access to ours). */
export function evaluateLiteral(literal: string): unknown {
  return runTypeScript(`const value: unknown = ${literal};\nvalue;\n`);
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-typescript/tree-sitter-typescript.wasm", root: "program" },

  native: { name: "tsc --noEmit", check: typeCheck },

  prettierSample: { code: "const a: Record<string,number> = {b:1}", formatted: /const a: Record<string, number> = \{ b: 1 \};/ },

  evaluate: {
    missing: () => null,
    strings: (literals) =>
      literals.map((literal) => {
        const value = runTypeScript(`const value: string = ${literal};\nvalue;\n`);
        if (typeof value !== "string") throw new Error(`${literal} evaluates to a ${typeof value}, not a string`);
        return value;
      }),
    // JSON text of the value: like JavaScript, TypeScript moves integer-like keys first, so only JSON equality holds.
    values: (literals) => literals.map((literal) => JSON.stringify(evaluateLiteral(literal)) ?? "null"),
  },
};

export default checks;
