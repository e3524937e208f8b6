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

/** Compiler options for a target with no configuration of its own: strict, on Node's types. */
const DEFAULT_OPTIONS = { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true, types: ["node"] };

/** How a target's snippets are type-checked: by tsc with compiler options, or by Deno's own checker with a deno.json. */
export type TypeChecker = { tool: "tsc"; compilerOptions: Record<string, unknown> } | { tool: "deno"; config: string };

/**
 * A target's type checker, from the configuration its users get (`files/`) or else the one its tests keep
 * (`runtime/`: for a runtime whose users need none, but whose types a checker must be told): a
 * tsconfig.json is checked by tsc; a deno.json (Deno's own configuration, which holds its compiler
 * options) by `deno check`, whose libraries are Deno's. Else tsc, strict, on Node's types.
 */
export function typeCheckerOf(target: Target): TypeChecker {
  const dir = targetDir(target);
  const file = ["files", "runtime"].flatMap((d) => [join(dir, d, "tsconfig.json"), join(dir, d, "deno.json")]).find(existsSync);
  if (!file) return { tool: "tsc", compilerOptions: DEFAULT_OPTIONS };
  if (file.endsWith("deno.json")) return { tool: "deno", config: file };
  const { config, error } = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"));
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  const options = (config as { compilerOptions?: Record<string, unknown> }).compilerOptions ?? {};
  // Without "types", tsc takes every @types package it finds; the repository's node_modules also holds
  // other runtimes' (Deno's, Bun's), which a user's project of this target would not have.
  return { tool: "tsc", compilerOptions: { types: ["node"], ...options } };
}

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
export const DENO = join(ROOT, "node_modules", ".bin", "deno");
export const BUN = join(ROOT, "node_modules", ".bin", "bun");

/** Runs a command in a folder; its exit status and its output (stdout and stderr). */
function runIn(cwd: string, cmd: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

/** tsc's diagnostics (`s3.ts(1,7): error TS2322: ...`, continuation lines indented) by file index. */
function tscProblems(output: string): Map<number, string> {
  const found = new Map<number, string>();
  let current: number | null = null;
  for (const line of output.split("\n")) {
    const at = /^s(\d+)\.ts\(\d+,\d+\): error /.exec(line);
    if (at) current = Number(at[1]);
    else if (!/^\s/.test(line)) current = null;
    if (current !== null) found.set(current, (found.has(current) ? found.get(current) + "\n" : "") + line);
  }
  return found;
}

/** deno check's diagnostics (`TS2322 [ERROR]: ...` blocks ending `at file:///.../s3.ts:1:7`) by file index. */
function denoProblems(output: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const block of output.split(/\n\s*\n/)) {
    const at = /at file:\/\/\S*\/s(\d+)\.ts:\d+:\d+/.exec(block);
    if (at) found.set(Number(at[1]), (found.has(Number(at[1])) ? found.get(Number(at[1])) + "\n" : "") + block.trim());
  }
  return found;
}

/**
 * Every target's snippets as one project under the repository's .tmp/ (so their imports resolve from
 * its node_modules), checked by the target's checker. Each file is its own module (tsc:
 * `moduleDetection: force`), as it is in a user's project, where it is alone.
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
      const files = indices.map((i) => `s${i}.ts`);
      indices.forEach((i, n) => writeFileSync(join(project, files[n]!), sources[i]!));
      const checker = typeCheckerOf(target);
      let run: { status: number | null; output: string };
      let problems: Map<number, string>;
      if (checker.tool === "deno") {
        writeFileSync(join(project, "deno.json"), readFileSync(checker.config));
        run = await runIn(project, DENO, ["check", "--quiet", ...files]);
        problems = denoProblems(run.output);
      } else {
        const compilerOptions = { ...checker.compilerOptions, noEmit: true, incremental: false, moduleDetection: "force" };
        writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files }, null, 2));
        run = await runIn(project, process.execPath, [TSC, "-p", project, "--pretty", "false"]);
        problems = tscProblems(run.output);
      }
      for (const [i, problem] of problems) result[i] = problem;
      // A failure no file is blamed for (a broken configuration, a missing types package) fails every file of the target.
      if (run.status !== 0 && indices.every((i) => result[i] === null))
        for (const i of indices) result[i] = `${checker.tool} failed (exit ${run.status}):\n${run.output.trim()}`;
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

  native: { name: "tsc --noEmit (deno check for a target with a deno.json)", check: typeCheck },

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
