import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = `${ROOT}bin/snipgen.cjs`;

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * The environment of a run: the caller's, with a fixed date and no language from the locale (snipgen
 * reads LC_ALL, LC_MESSAGES and LANG), so output is English wherever the tests run unless a test asks.
 */
export const RUN_ENV: Record<string, string | undefined> = { ...process.env, SOURCE_DATE_EPOCH: "1772020800", LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" };

/** Runs the built bin/snipgen.cjs as a process, as a user or an editor task would. */
export function snipgen(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: options.cwd ?? ROOT,
    env: { ...RUN_ENV, ...options.env },
    input: options.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The JSON document of `snipgen <code> -f <framework> --format json ...`; throws with stderr on failure. */
export function snipgenJson(args: string[]): SnipgenDocument {
  const r = snipgen([...args, "--format", "json"]);
  if (r.status !== 0) throw new Error(`snipgen ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as SnipgenDocument;
}

export interface WireJson {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string | null;
}

export interface SnipgenDocument {
  protocol: string;
  code: number;
  reason: string;
  route: string;
  method: string;
  /** The example request path (route parameters filled in). */
  path: string;
  response: WireJson & { final?: WireJson };
  snippets: { framework: string; title: string; language: string; style: string; filename: string; code: string }[];
  unsupported: { framework: string; reason: string }[];
}

/** The same as snipgenJson, without blocking: many can run at once. */
export function snipgenJsonAsync(args: string[]): Promise<SnipgenDocument> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, "--format", "json"], {
      cwd: ROOT,
      env: RUN_ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) reject(new Error(`snipgen ${args.join(" ")} failed (${status}): ${stderr}`));
      else resolve(JSON.parse(stdout) as SnipgenDocument);
    });
  });
}

/** A shell command line that reproduces a run: `snipgen <args>`, each argument quoted only when it must be. */
export function snipgenCommand(args: string[]): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return ["snipgen", ...args].map(quote).join(" ");
}
