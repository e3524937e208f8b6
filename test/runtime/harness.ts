import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ROOT, snipgenCommand, snipgenJson, snipgenJsonAsync, type SnipgenDocument, type WireJson } from "../helpers/snipgen.js";
import { REQUIRED } from "../helpers/toolchains.js";
import { runtimeCases, type RuntimeCase } from "./cases.js";
import { compareResponse, type LiveResponse } from "./compare.js";

export type { LiveResponse };

/** A case with the app-style snippet snipgen printed for it and the response it promised. */
export interface LoadedCase {
  case: RuntimeCase;
  doc: SnipgenDocument;
  source: string;
  filename: string;
}

/** One framework's way of running app-style snippets for real. */
export interface RuntimeHost {
  framework: string;
  /** Null when the toolchain is installed; otherwise what is missing (the suite skips, or fails in CI). */
  missing(): string | null;
  /** Starts the snippets, sends each case's request, and returns the live responses by case name. */
  run(cases: LoadedCase[]): Promise<Map<string, LiveResponse>>;
}

export const VENV = process.env.SNIPGEN_VENV ?? `${process.env.HOME}/.cache/snipgen/venv`;

export { commandWorks } from "../helpers/toolchains.js";

/**
 * Ports come from a block of 400 that belongs to one framework's suite (20000-23599, below Linux's
 * ephemeral range), so suites running at once never race for the same port; within a suite, ports
 * are handed out in turn and each is checked free before use.
 */
const PORT_BASE = 20000;
const BLOCK = 400;
let nextPort = PORT_BASE + BLOCK * 8;

export function usePortBlock(framework: string): void {
  const index = ["django", "flask", "fastapi", "express", "spring-boot", "net-http", "rails", "aspnet-core"].indexOf(framework);
  nextPort = PORT_BASE + BLOCK * (index >= 0 ? index : 8);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let tries = 0; tries < BLOCK; tries++) {
    const port = nextPort++;
    if (nextPort % BLOCK === 0) nextPort -= BLOCK;
    if (await isFree(port)) return port;
  }
  throw new Error("no free port in this suite's block");
}

/** Sends one request on loopback and reads the whole response. */
export function send(port: number, method: string, path: string, timeoutMs = 15000): Promise<LiveResponse> {
  return new Promise((resolve, reject) => {
    const body = method === "GET" || method === "DELETE" || method === "OPTIONS" ? undefined : "{}";
    const req = request(
      { host: "127.0.0.1", port, method, path, headers: body ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } : {}, timeout: timeoutMs },
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

/** Runs `items` through `worker` with at most `limit` at once, keeping the input order in the result. */
export async function pool<T, R>(items: T[], limit: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await worker(items[i]!);
      }
    }),
  );
  return results;
}

/** Starts one app-style snippet as its own process on a free port, sends its request, stops it. */
export async function runOneProcess(c: LoadedCase, start: (port: number) => ServerProcess, bootMs: number): Promise<LiveResponse> {
  const port = await freePort();
  const server = start(port);
  try {
    await server.waitForPort(port, c.doc.route, bootMs);
    return await send(port, c.doc.method, c.doc.route);
  } catch (err) {
    throw new Error(`${c.case.name}: ${(err as Error).message}\n${server.output}`);
  } finally {
    await server.stop();
  }
}

const caseArgs = (framework: string, c: RuntimeCase) => [String(c.code), "-f", framework, "--style", "app", ...c.args];
const toLoaded = (c: RuntimeCase, doc: SnipgenDocument): LoadedCase => ({ case: c, doc, source: doc.snippets[0]!.code, filename: doc.snippets[0]!.filename });

export function loadCase(framework: string, c: RuntimeCase): LoadedCase {
  return toLoaded(c, snipgenJson(caseArgs(framework, c)));
}

export async function loadCaseAsync(framework: string, c: RuntimeCase): Promise<LoadedCase> {
  return toLoaded(c, await snipgenJsonAsync(caseArgs(framework, c)));
}

/** The command that reproduces a case, for failure messages. */
export function reproduce(framework: string, c: RuntimeCase): string {
  return snipgenCommand(caseArgs(framework, c));
}

const RESULTS_DIR = `${ROOT}.tmp/verification`;

/**
 * The runtime suite for one framework: every case of the matrix is generated, run in the real
 * framework, and its live response compared with the response snipgen promised.
 */
export function runtimeSuite(host: RuntimeHost, cases: RuntimeCase[] = runtimeCases(host.framework)): void {
  usePortBlock(host.framework);
  describe(`runtime: ${host.framework}`, { concurrency: false }, () => {
    const missing = host.missing();
    if (missing) {
      if (REQUIRED) {
        it("has its toolchain", () => assert.fail(`${host.framework}: ${missing} (SNIPGEN_REQUIRE_RUNTIMES=1)`));
      } else {
        it(`runs generated code (${missing})`, { skip: `${host.framework}: ${missing}` }, () => {});
      }
      return;
    }
    let live: Map<string, LiveResponse> | undefined;
    let failure: Error | undefined;
    const started = Date.now();
    // Snippets are generated by the real CLI, several processes at once, then the host runs them all.
    const generated = pool(cases, 4, (c) => loadCaseAsync(host.framework, c));
    const ready = generated
      .then((loaded) => host.run(loaded))
      .then(
        (m) => (live = m),
        (e: Error) => (failure = e),
      );
    const outcomes: { name: string; ok: boolean; diffs: string[] }[] = [];
    cases.forEach((spec, index) => {
      it(`${spec.name}: code ${spec.code}`, async () => {
        await ready;
        if (failure) throw failure;
        const c = (await generated)[index]!;
        const response = live!.get(c.case.name);
        assert.ok(response, `${host.framework} ${c.case.name}: the host returned no response`);
        const diffs = compareResponse(c.doc.response, response);
        outcomes.push({ name: c.case.name, ok: diffs.length === 0, diffs });
        assert.deepEqual(diffs, [], `${host.framework}, code ${c.case.code} (${c.case.name}) differs from the spec:\n  ${diffs.join("\n  ")}\nreproduce: ${reproduce(host.framework, c.case)}`);
      });
    });
    it("records the results", async () => {
      await ready;
      mkdirSync(RESULTS_DIR, { recursive: true });
      const codes = [...new Set(cases.map((c) => c.code))];
      writeFileSync(
        `${RESULTS_DIR}/runtime-${host.framework}.json`,
        JSON.stringify({ framework: host.framework, error: failure?.message ?? null, seconds: (Date.now() - started) / 1000, codes, cases: outcomes }, null, 2),
      );
    });
  });
}
