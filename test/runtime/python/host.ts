import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, pool, runOneProcess, send, ServerProcess, VENV, type LiveResponse, type LoadedCase } from "../harness.js";
import type { RuntimeCase } from "../cases.js";

export const PYTHON = `${VENV}/bin/python`;
const HOST_PY = fileURLToPath(new URL("./host.py", import.meta.url));

/** Null when the venv's python imports `module`; otherwise what is missing. */
export function missingPython(module: string): string | null {
  if (!existsSync(PYTHON)) return `no Python venv at ${VENV} (run .ci/install-runtimes.sh)`;
  const r = spawnSync(PYTHON, ["-c", `import ${module}`], { encoding: "utf8" });
  return r.status === 0 ? null : `${module} is not installed in ${VENV}: ${r.stderr.trim().split("\n").pop()}`;
}

/**
 * A case generated without `--route` (the default route): the hosts that import snippets run it as
 * `python main.py`, so the snippet's own `if __name__ == "__main__":` start-up is proven too.
 */
export const MAIN_CASE: RuntimeCase = { name: "main-default-route", code: 202, args: [] };

/** Writes each case's snippet into a directory named after the case, as the file name snipgen gave it. */
export function writeCases(cases: LoadedCase[], prefix: string): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = cases.map((c) => {
    mkdirSync(join(dir, c.case.name));
    const file = join(dir, c.case.name, c.filename);
    writeFileSync(file, c.source);
    return file;
  });
  return { dir, files };
}

/** Runs one snippet the way its user would: `python main.py` with PORT set, in the snippet's directory. */
export function runAsMain(c: LoadedCase, file: string, bootMs: number): Promise<LiveResponse> {
  return runOneProcess(c, (port) => new ServerProcess(PYTHON, [file], { cwd: join(file, ".."), env: { PORT: String(port), PYTHONUNBUFFERED: "1" } }), bootMs);
}

/**
 * Serves every imported case from one host.py process (mode "wsgi" for Flask, "asgi" for FastAPI),
 * except MAIN_CASE, which runs as its own `python main.py`; returns the live responses by case name.
 */
export async function runImported(mode: "wsgi" | "asgi", cases: LoadedCase[]): Promise<Map<string, LiveResponse>> {
  const { dir, files } = writeCases(cases, `snipgen-${mode}-`);
  const imported = cases.map((c, i) => ({ c, file: files[i]! })).filter(({ c }) => c.case.name !== MAIN_CASE.name);
  const main = cases.map((c, i) => ({ c, file: files[i]! })).filter(({ c }) => c.case.name === MAIN_CASE.name);
  const live = new Map<string, LiveResponse>();
  const port = await freePort();
  const server = new ServerProcess(PYTHON, [HOST_PY, mode, String(port), ...imported.map((x) => x.file)], { cwd: dir, env: { PYTHONUNBUFFERED: "1" } });
  try {
    const alone = Promise.all(main.map(async ({ c, file }) => live.set(c.case.name, await runAsMain(c, file, 20000))));
    const together = (async () => {
      if (!imported.length) return;
      await server.waitForPort(port, imported[0]!.c.doc.route, 20000);
      await pool(imported, 8, async ({ c }) => {
        try {
          live.set(c.case.name, await send(port, c.doc.method, c.doc.route));
        } catch (err) {
          throw new Error(`${c.case.name}: ${(err as Error).message}\n${server.output}`);
        }
      });
    })();
    await Promise.all([alone, together]);
    return live;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
