/**
 * What the runtimes of the JavaScript targets on Node share: their packages resolve from the repository's
 * node_modules (the snippets are written under .tmp/), each app-style snippet is its own `node server.mjs`
 * with PORT set, and each handler-style module is mounted under a prefix on a server on a loopback port
 * and asked once: it must answer the case's status, and a problem's `instance` must be the whole path.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

export const INSIDE_REPO = join(ROOT, ".tmp");

/** Null when every package is in the repository's node_modules (where .tmp/ resolves them); otherwise the first that is not. */
export function missingPackages(...packages: string[]): string | null {
  const absent = packages.find((name) => !existsSync(join(ROOT, "node_modules", name, "package.json")));
  return absent === undefined ? null : `${absent} is not installed (npm install)`;
}

export interface NodeTarget {
  /** The npm packages the snippets import. */
  packages: string[];
  /** How a handler is loaded and called, in a few words. */
  how: string;
  /** Statements importing what `mount` uses (top-level await allowed). */
  imports: string;
  /**
   * The source of an async function `(mod, prefix) => ({ port, close })`: serves the handler module `mod`
   * under `prefix` on 127.0.0.1 (port 0) and gives the port and a function that stops the server.
   */
  mount: string;
}

/** The prefix every handler is mounted under. */
const MOUNT = "/mounted";

/** The runtime of a JavaScript target run by Node itself. */
export function nodeRuntime(target: NodeTarget): TargetRuntime {
  return {
    missing: () => missingPackages(...target.packages),
    run: processPerCase({ command: (file) => [process.execPath, [file]], concurrency: 4, bootMs: 30000, parent: INSIDE_REPO }),
    handler: {
      how: target.how,
      parent: INSIDE_REPO,
      async check(dir, cases) {
        const script = `${target.imports}
const mount = ${target.mount};
const cases = ${JSON.stringify(cases.map(({ name, code, method, path, filename }) => ({ name, code, method, path, filename })))};
const MOUNT = ${JSON.stringify(MOUNT)};
let bad = 0;
for (const { name, code, method, path, filename } of cases) {
  try {
    const mod = await import(${JSON.stringify(dir)} + "/" + name + "/" + filename);
    const { port, close } = await mount(mod, MOUNT);
    try {
      const body = ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined;
      const res = await fetch("http://127.0.0.1:" + port + MOUNT + path, { method, redirect: "manual", body, headers: body ? { "content-type": "application/json" } : {} });
      const text = await res.text();
      if (res.status !== code) throw new Error("answered " + res.status + ", expected " + code + ": " + text.slice(0, 200));
      if ((res.headers.get("content-type") ?? "").startsWith("application/problem+json") && JSON.parse(text).instance !== MOUNT + path)
        throw new Error("problem instance " + JSON.stringify(JSON.parse(text).instance) + ", expected " + JSON.stringify(MOUNT + path));
    } finally {
      await close();
    }
  } catch (e) { bad++; console.log(name, e.message); }
}
process.exit(bad ? 1 : 0);`;
        const r = await runAsync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir });
        if (r.status !== 0) throw new Error(`handler modules failed:\n${r.stdout}${r.stderr}`);
      },
    },
  };
}
