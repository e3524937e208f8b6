import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Target } from "../../src/registry/types.js";
import { pool } from "../helpers/files.js";
import { ROOT, snipgenCommand, snipgenJsonAsync, type SnipgenDocument } from "../helpers/snipgen.js";
import { REQUIRED } from "../helpers/toolchains.js";
import { runtimeCases, type RuntimeCase } from "./cases.js";
import { compareResponse, type LiveResponse } from "./compare.js";

export type { LiveResponse };
export { pool };

/** A case with the app-style snippet snipgen printed for it and the response it promised. */
export interface LoadedCase {
  case: RuntimeCase;
  doc: SnipgenDocument;
  source: string;
  filename: string;
}

/** A handler-style snippet of a case, with the request that must reach it and the status it must answer. */
export interface HandlerCase {
  /** A name usable as a folder and module name (letters, digits, underscores). */
  name: string;
  code: number;
  method: string;
  route: string;
  /** The request path that reaches the route (parameters filled in). */
  path: string;
  filename: string;
  source: string;
}

/**
 * How the test layers run one target for real, kept in the target's folder as `runtime.ts` (default
 * export): what it needs, how app-style snippets are started and asked, and how a handler-style
 * snippet is loaded and called.
 */
export interface TargetRuntime {
  /** Null when the toolchain is here; otherwise what is missing (the suite skips, or fails in CI). */
  missing(): string | null;
  /** Cases beyond the shared matrix (for example one started the way its user would). */
  extraCases?: RuntimeCase[];
  /** Starts the cases' app-style snippets, sends each its request, returns the live responses by case name. */
  run(cases: LoadedCase[]): Promise<Map<string, LiveResponse>>;
  handler?: {
    /** How a handler is loaded and called, in a few words (docs/verification.md shows it). */
    how: string;
    missing?(): string | null;
    /** Where the handler files are written (default: the system's temporary folder). */
    parent?: string;
    /** Loads every handler (each in `dir/<case>/<filename>`) and calls it; a failure throws naming the cases. */
    check(dir: string, cases: HandlerCase[]): Promise<void> | void;
  };
  /** Further tests of its own, run inside the target's runtime suite. */
  extraTests?(target: Target): void;
}

export const VENV = process.env.SNIPGEN_VENV ?? `${process.env.HOME}/.cache/snipgen/venv`;
export const RESULTS_DIR = `${ROOT}.tmp/verification`;

/** Writes results for docs/verification.md (`npm run verify:report`): .tmp/verification/<name>.json. */
export function recordResults(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${name}.json`, JSON.stringify(data, null, 2) + "\n");
}

/**
 * Runs a command to completion without blocking the event loop (a long build must not stall the
 * requests and timers of the suite running beside it); its exit status and output.
 */
export function runAsync(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Ports this process has handed out: never handed out twice, so two of its servers never share one. */
const handedOut = new Set<number>();

/**
 * A port the OS has just handed out on loopback (listen on 0, read it back, close). Another process may
 * still take it before the server binds it: startServer then starts the server again on another one.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/**
 * Writes files into `<dir>/<name>/<filename>`, one folder each, in a fresh folder under `parent`
 * (the system's temporary folder unless a toolchain must resolve packages from the repository).
 * Returns the folder and the files' paths; the caller removes the folder.
 */
export function writeCaseFiles(files: { name: string; filename: string; source: string }[], parent = tmpdir()): { dir: string; paths: string[] } {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "snipgen-cases-"));
  const paths = files.map((f) => {
    mkdirSync(join(dir, f.name), { recursive: true });
    writeFileSync(join(dir, f.name, f.filename), f.source);
    return join(dir, f.name, f.filename);
  });
  return { dir, paths };
}

/** Runs `body` over the cases written with writeCaseFiles, then removes them. */
export async function withCaseFiles<T>(
  files: { name: string; filename: string; source: string }[],
  body: (dir: string, paths: string[]) => Promise<T>,
  parent?: string,
): Promise<T> {
  const { dir, paths } = writeCaseFiles(files, parent);
  try {
    return await body(dir, paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The app-style case files of a runtime: `<case name>/<file name snipgen gave>`. */
export const caseFiles = (cases: LoadedCase[]) => cases.map((c) => ({ name: c.case.name, filename: c.filename, source: c.source }));

/** Sends one request on loopback and reads the whole response. */
export function send(port: number, method: string, path: string, timeoutMs = 15000): Promise<LiveResponse> {
  return new Promise((resolve, reject) => {
    const body = method === "GET" || method === "DELETE" || method === "OPTIONS" ? undefined : "{}";
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: body ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } : {},
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        const interim = informational;
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string[]> = {};
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!.toLowerCase();
            (headers[name] ??= []).push(res.rawHeaders[i + 1]!);
          }
          resolve({ status: res.statusCode!, headers, body: Buffer.concat(chunks), interim });
        });
      },
    );
    // 1xx interim responses arrive before the final one.
    const informational: LiveResponse["interim"] = [];
    req.on("information", (info) => {
      const headers: Record<string, string[]> = {};
      for (let i = 0; i < info.rawHeaders.length; i += 2) (headers[info.rawHeaders[i]!.toLowerCase()] ??= []).push(info.rawHeaders[i + 1]!);
      informational.push({ status: info.statusCode, headers });
    });
    req.on("timeout", () => req.destroy(new Error(`no response from 127.0.0.1:${port}${path} in ${timeoutMs} ms`)));
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A started server process whose output is kept for error messages. */
export class ServerProcess {
  readonly child: ChildProcess;
  output = "";
  exited: number | null = null;

  constructor(cmd: string, args: string[], options: { cwd: string; env?: Record<string, string> }) {
    this.child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const keep = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-8000);
    };
    this.child.stdout!.on("data", keep);
    this.child.stderr!.on("data", keep);
    this.child.on("exit", (code) => {
      this.exited = code ?? -1;
    });
  }

  /** Waits until the port accepts a request (any answer), or fails with the server's output. */
  async waitForPort(port: number, path: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exited !== null) throw new Error(`server exited with ${this.exited} before listening:\n${this.output}`);
      try {
        await send(port, "OPTIONS", path, 2000);
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`server did not listen on ${port} within ${timeoutMs} ms:\n${this.output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  stop(): Promise<void> {
    if (this.exited !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      try {
        process.kill(-this.child.pid!, "SIGKILL");
      } catch {
        resolve();
      }
    });
  }
}

// What a server prints when its port was taken in the moment between freePort and its bind.
const PORT_TAKEN = /already in use|EADDRINUSE/i;

/**
 * Starts a server on a free port and waits until it answers on `path`. When the port was taken
 * before the server could bind it, starts it again on another port (three tries).
 */
export async function startServer(start: (port: number) => ServerProcess, path: string, bootMs: number): Promise<{ server: ServerProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = start(port);
    try {
      await server.waitForPort(port, path, bootMs);
      return { server, port };
    } catch (err) {
      await server.stop();
      if (attempt < 3 && server.exited !== null && PORT_TAKEN.test(server.output)) continue;
      throw err;
    }
  }
}

/** Starts one app-style snippet as its own process on a free port, sends its request, stops it. */
export async function runOneProcess(c: LoadedCase, start: (port: number) => ServerProcess, bootMs: number): Promise<LiveResponse> {
  let started: { server: ServerProcess; port: number };
  try {
    started = await startServer(start, c.doc.path, bootMs);
  } catch (err) {
    throw new Error(`${c.case.name}: ${(err as Error).message}`);
  }
  const { server, port } = started;
  try {
    return await send(port, c.doc.method, c.doc.path);
  } catch (err) {
    throw new Error(`${c.case.name}: ${(err as Error).message}\n${server.output}`);
  } finally {
    await server.stop();
  }
}

/**
 * The common shape of a runtime: every case is its own program in its own folder, started with
 * `command(file, port)` (after an optional build of the whole folder), `concurrency` at a time.
 */
export function processPerCase(options: {
  command: (file: string, dir: string) => [string, string[]];
  build?: (dir: string) => Promise<void> | void;
  concurrency: number;
  bootMs: number;
  parent?: string;
}): TargetRuntime["run"] {
  return (cases) =>
    withCaseFiles(
      caseFiles(cases),
      async (dir, paths) => {
        await options.build?.(dir);
        const responses = await pool(cases, options.concurrency, (c, i) => {
          const [cmd, args] = options.command(paths[i]!, dir);
          return runOneProcess(c, (port) => new ServerProcess(cmd, args, { cwd: join(paths[i]!, ".."), env: { PORT: String(port) } }), options.bootMs);
        });
        return new Map(cases.map((c, i) => [c.case.name, responses[i]!]));
      },
      options.parent,
    );
}

const caseArgs = (target: Target, c: RuntimeCase) => [String(c.code), "--protocol", target.protocol, "-f", target.id, "--style", "app", ...c.args];
const toLoaded = (c: RuntimeCase, doc: SnipgenDocument): LoadedCase => ({ case: c, doc, source: doc.snippets[0]!.code, filename: doc.snippets[0]!.filename });

export async function loadCase(target: Target, c: RuntimeCase): Promise<LoadedCase> {
  return toLoaded(c, await snipgenJsonAsync(caseArgs(target, c)));
}

/** The command that reproduces a case, for failure messages. */
export function reproduce(target: Target, c: RuntimeCase): string {
  return snipgenCommand(caseArgs(target, c));
}

/** The suite's answer when a toolchain is missing: a failure in CI (SNIPGEN_REQUIRE_RUNTIMES=1), else a skip. */
function missingToolchain(id: string, missing: string): void {
  if (REQUIRED) it("has its toolchain", () => assert.fail(`${id}: ${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`));
  else it(`runs generated code (${missing})`, { skip: `${id}: ${missing}` }, () => {});
}

/**
 * The runtime suite for one target: every case of the matrix is generated, run in the real
 * framework, and its live response compared with the response snipgen promised.
 */
export function runtimeSuite(target: Target, runtime: TargetRuntime): void {
  describe(`runtime: ${target.id}`, { concurrency: false }, () => {
    const missing = runtime.missing();
    if (missing) return missingToolchain(target.id, missing);
    const cases = [...runtimeCases(target), ...(runtime.extraCases ?? [])];
    let generated: LoadedCase[] = [];
    let live: Map<string, LiveResponse> | undefined;
    let failure: Error | undefined;
    let seconds = 0;
    // The work starts when the suite does (not when it is declared), so the runner's concurrency bounds it.
    before(async () => {
      const started = Date.now();
      try {
        // Snippets are generated by the real CLI, several processes at once, then the runtime runs them all.
        generated = await pool(cases, 4, (c) => loadCase(target, c));
        live = await runtime.run(generated);
      } catch (err) {
        failure = err as Error;
      }
      seconds = (Date.now() - started) / 1000;
    });
    const outcomes: { name: string; ok: boolean; diffs: string[] }[] = [];
    cases.forEach((spec, index) => {
      it(`${spec.name}: code ${spec.code}`, () => {
        if (failure) throw failure;
        const c = generated[index]!;
        const response = live!.get(c.case.name);
        assert.ok(response, `${target.id} ${c.case.name}: the runtime returned no response`);
        const diffs = compareResponse(c.doc.response, response);
        outcomes.push({ name: c.case.name, ok: diffs.length === 0, diffs });
        assert.deepEqual(
          diffs,
          [],
          `${target.id}, code ${c.case.code} (${c.case.name}) differs from the spec:\n  ${diffs.join("\n  ")}\nreproduce: ${reproduce(target, c.case)}`,
        );
      });
    });
    it("records the results", () => {
      const codes = [...new Set(cases.map((c) => c.code))];
      recordResults(`runtime-${target.id}`, {
        framework: target.id,
        error: failure?.message ?? null,
        seconds,
        codes,
        cases: outcomes,
      });
    });
    runtime.extraTests?.(target);
  });
}
