import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Target } from "../../../src/registry/types.js";
import { snipgen } from "../../../test/helpers/snipgen.js";
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { runtimeCases } from "../../../test/runtime/cases.js";
import { compareResponse } from "../../../test/runtime/compare.js";
import {
  loadCase,
  pool,
  reproduce,
  runAsync,
  runOneProcess,
  send,
  ServerProcess,
  type LiveResponse,
  type LoadedCase,
  type TargetRuntime,
  withCaseFiles,
} from "../../../test/runtime/harness.js";

// Spring Boot: every app-style snippet is compiled (javax.tools, lint warnings are errors) into its own
// directory by SpringBootHost, which then runs each one's Application.main("--server.port=0") in ONE
// JVM, each in its own class loader, one after the other: Spring and Tomcat warm up once per run.
// A second suite proves the plain way too: `java -cp classes:deps com.example.demo.Application` with
// PORT in the environment, and compiles the handler-style MyController.java of a few codes.

const PROJECT = fileURLToPath(new URL("./runtime/", import.meta.url));
const TARGET = join(PROJECT, "target");
const HOST_SOURCE = join(PROJECT, "SpringBootHost.java");
const HOST_MAIN = "dev.snipgen.runtime.SpringBootHost";

const hashOf = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);

// Two test files may ask at once (the runtime and the handler-style runners run side by side): each
// result is written under a name of its own, then renamed into place, so no reader sees half of it.

/** The dependencies' classpath from the pom (`mvn -o`, cached in target/ per version of the pom). */
async function dependencyClasspath(): Promise<string> {
  const file = join(TARGET, `cp-${hashOf(join(PROJECT, "pom.xml"))}.txt`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}`;
    const r = await runAsync("mvn", ["-B", "-q", "-o", "-Dstyle.color=never", "dependency:build-classpath", `-Dmdep.outputFile=${partial}`], {
      cwd: PROJECT,
    });
    if (r.status !== 0) throw new Error(`mvn -o dependency:build-classpath failed (run .ci/install-runtimes.sh):\n${r.stdout}${r.stderr}`);
    renameSync(partial, file);
  }
  return readFileSync(file, "utf8").trim();
}

/** The host's classpath: its classes (compiled here once per version of its source) and the dependencies. */
async function hostClasspath(): Promise<string> {
  const deps = await dependencyClasspath();
  const classes = join(TARGET, `host-classes-${hashOf(HOST_SOURCE)}`);
  if (!existsSync(classes)) {
    const partial = `${classes}.${process.pid}`;
    mkdirSync(partial, { recursive: true });
    const r = await runAsync("javac", ["-encoding", "UTF-8", "-proc:none", "-Xlint:all,-path", "-Werror", "-cp", deps, "-d", partial, HOST_SOURCE]);
    if (r.status !== 0) throw new Error(`javac SpringBootHost.java failed:\n${r.stdout}${r.stderr}`);
    try {
      renameSync(partial, classes);
    } catch {
      // The other runner compiled the same source first: use its classes.
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return `${classes}:${deps}`;
}

type HostEvent =
  { kind: "compiled"; index: number } | { kind: "ready"; index: number; port: number } | { kind: "error"; index: number; message: string } | { kind: "end" };

/** Runs SpringBootHost over case directories; `onReady` is called for each started application, which is closed when it returns. */
async function runHost(
  mode: "compile" | "serve",
  dirs: string[],
  onReady: (index: number, port: number) => Promise<void>,
  timeoutMs: number,
): Promise<Map<number, string>> {
  const child = spawn("java", ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", await hostClasspath(), HOST_MAIN, mode, ...dirs], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const keep = (line: string) => (output = (output + line + "\n").slice(-12000));
  createInterface({ input: child.stderr! }).on("line", keep);
  const errors = new Map<number, string>();
  const events: HostEvent[] = [];
  let wake: (() => void) | undefined;
  let exited: number | null = null;
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!line.startsWith("@@snipgen ")) return keep(line);
    const [kind, index, arg] = line.slice(10).split(" ");
    if (kind === "ready") events.push({ kind, index: Number(index), port: Number(arg) });
    else if (kind === "error") events.push({ kind, index: Number(index), message: Buffer.from(arg!, "base64").toString("utf8") });
    else if (kind === "compiled") events.push({ kind, index: Number(index) });
    else events.push({ kind: "end" });
    wake?.();
  });
  const closed = new Promise<void>((resolve) =>
    child.on("close", (code) => {
      exited = code ?? -1;
      wake?.();
      resolve();
    }),
  );
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      while (!events.length) {
        if (exited !== null) throw new Error(`SpringBootHost exited with ${exited} before it was done:\n${output}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`SpringBootHost did not finish within ${timeoutMs} ms:\n${output}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const event = events.shift()!;
      if (event.kind === "end") break;
      if (event.kind === "error") errors.set(event.index, event.message);
      if (event.kind === "ready") {
        try {
          await onReady(event.index, event.port);
        } catch (err) {
          errors.set(event.index, (err as Error).message);
        }
        child.stdin!.write("done\n");
      }
    }
    await closed;
    return errors;
  } finally {
    if (exited === null) child.kill("SIGKILL");
  }
}

/** Writes each file into a folder of its own (SpringBootHost compiles a folder per application) and runs `body` on the folders. */
function withCaseDirs<T>(files: { filename: string; source: string }[], body: (dirs: string[]) => Promise<T>): Promise<T> {
  return withCaseFiles(
    files.map((f, i) => ({ name: `c${i}`, filename: f.filename, source: f.source })),
    (_dir, paths) => body(paths.map((path) => dirname(path))),
  );
}

const toolchainMissing = () =>
  !commandWorks("java", ["-version"]) || !commandWorks("javac", ["-version"])
    ? "a JDK (java, javac) is not installed"
    : !commandWorks("mvn", ["-v"])
      ? "mvn is not installed"
      : null;

/** Runs every app-style case in SpringBootHost's one JVM and asks each once it listens. */
async function serveAll(target: Target, cases: LoadedCase[]): Promise<Map<string, LiveResponse>> {
  return withCaseDirs(cases, async (dirs) => {
    const responses = new Map<string, LiveResponse>();
    const errors = await runHost(
      "serve",
      dirs,
      async (i, port) => {
        const c = cases[i]!;
        responses.set(c.case.name, await send(port, c.doc.method, c.doc.path));
      },
      240_000,
    );
    if (errors.size) {
      throw new Error(
        [...errors].map(([i, message]) => `${target.id} ${cases[i]!.case.name} (reproduce: ${reproduce(target, cases[i]!.case)}):\n${message}`).join("\n\n"),
      );
    }
    return responses;
  });
}

/** The plain way to start an app (`java -cp`), and the handler style's constants edge cases compiled with lint on. */
function extraTests(target: Target): void {
  describe(`${target.id}: standalone JVM and handler style`, { concurrency: false }, () => {
    it("`java -cp classes:deps com.example.demo.Application` listens on $PORT (header-custom, and unofficial 420 without an HttpStatus constant)", async () => {
      const matrix = runtimeCases(target);
      const picked = [matrix.find((c) => c.name === "header-custom")!, { name: "unofficial-420", code: 420, args: ["--route", "/enhance/calm"] }];
      const loaded: LoadedCase[] = await Promise.all(picked.map((c) => loadCase(target, c)));
      assert.match(loaded[1]!.source, /ResponseEntity\.status\(420\)/);
      await withCaseDirs(loaded, async (dirs) => {
        const errors = await runHost("compile", dirs, async () => {}, 120_000);
        assert.deepEqual([...errors.values()], [], "javac failed");
        const deps = await dependencyClasspath();
        const classpath = (d: string) => `${join(d, "classes")}:${deps}`;
        const responses = await pool(loaded, 2, (c, i) => {
          const d = dirs[i]!;
          return runOneProcess(
            c,
            (port) => new ServerProcess("java", ["-cp", classpath(d), "com.example.demo.Application"], { cwd: d, env: { PORT: String(port) } }),
            90_000,
          );
        });
        loaded.forEach((c, i) => {
          const diffs = compareResponse(c.doc.response.final ?? c.doc.response, responses[i]!);
          assert.deepEqual(
            diffs,
            [],
            `${target.id} (standalone JVM), code ${c.case.code} (${c.case.name}) differs from the spec:\n  ${diffs.join("\n  ")}\nreproduce: ${reproduce(target, c.case)}`,
          );
        });
      });
    });

    it("the handler-style MyController.java of constant edge cases compiles without warnings", async () => {
      const variants = [
        ["204"],
        ["418"],
        ["421"],
        ["499"],
        ["451", "-H", 'Link: <https://example.com/legal>; rel="blocked-by"'],
        ["200", "--body", '{"q":"\\"x\\" \\\\ \\u2028 ${y}"}'],
        ["200", "--method", "OPTIONS"],
        ["410", "--method", "DELETE", "--numeric"],
      ];
      const files = variants.map((args) => {
        const r = snipgen([...args, "--protocol", target.protocol, "-f", target.id]);
        assert.equal(r.status, 0, r.stderr);
        return { filename: target.filename.handler, source: r.stdout };
      });
      await withCaseDirs(files, async (dirs) => {
        const errors = await runHost("compile", dirs, async () => {}, 120_000);
        assert.deepEqual(
          [...errors].map(([i, message]) => `snipgen ${variants[i]!.join(" ")} -f ${target.id}: ${message}`),
          [],
        );
      });
    });
  });
}

const runtime = (target: Target): TargetRuntime => ({
  missing: toolchainMissing,
  run: (cases) => serveAll(target, cases),
  handler: {
    how: "compiled (javac, lint warnings are errors), not called",
    async check(dir, cases) {
      const errors = await runHost(
        "compile",
        cases.map((c) => join(dir, c.name)),
        async () => {},
        180_000,
      );
      if (errors.size) throw new Error([...errors].map(([i, message]) => `${cases[i]!.name}: ${message}`).join("\n\n"));
    },
  },
  extraTests,
});

export default runtime;
