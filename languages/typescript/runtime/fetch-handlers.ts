/**
 * For runtimes whose handlers take a fetch API Request and return a Response (Deno, Bun, Next.js): a
 * driver script, run by the runtime itself, imports every handler-style file, calls it with the case's
 * request and checks the status, a problem's instance (the request's path) and that another path is not
 * answered by the handler's route.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HandlerCase } from "../../../test/runtime/harness.js";
import { runAsync } from "../../../test/runtime/harness.js";

export interface FetchHandlerDriver {
  /**
   * A JavaScript expression giving the Response (or a promise of it, or an object with its status, headers and text()) from the imported module `mod`, e.g.
   * `mod.default.fetch(request)`: `request` is the Request, `path` its path and `init` its RequestInit
   * (method, body, headers, redirect "manual"); `c` is the case (name, code, method, route, path).
   */
  call: string;
  /** The command that runs the driver (an .mjs file) in the runtime. */
  command(driver: string): [string, string[]];
  /** An environment for it. */
  env?: Record<string, string>;
  /** A JavaScript expression for the module to import, relative to the driver (default: the case's file, `"./" + c.name + "/" + c.filename`). */
  module?: string;
  /** Whether the handler matches its route itself, so another path must get 404 (default true; a Next.js route is its folder). */
  routes?: boolean;
}

/** Writes the driver into `dir` (where each case is `dir/<name>/<filename>`), runs it, throws naming the failed cases. */
export async function checkFetchHandlers(dir: string, cases: HandlerCase[], driver: FetchHandlerDriver): Promise<void> {
  const list = cases.map(({ name, code, method, route, path, filename }) => ({ name, code, method, route, path, filename }));
  const script = `const cases = ${JSON.stringify(list)};
const withBody = (method) => ["POST", "PUT", "PATCH"].includes(method);
let bad = 0;
for (const c of cases) {
  try {
    const mod = await import(${driver.module ?? '"./" + c.name + "/" + c.filename'});
    const ask = async (path) => {
      const init = { method: c.method, body: withBody(c.method) ? "{}" : undefined, headers: { "Content-Type": "application/json" }, redirect: "manual" };
      const request = new Request("http://localhost" + path, init);
      return await (${driver.call});
    };
    const res = await ask(c.path);
    const text = await res.text();
    if (res.status !== c.code) throw new Error("answered " + res.status + ", expected " + c.code);
    if ((res.headers.get("content-type") ?? "").startsWith("application/problem+json") && JSON.parse(text).instance !== c.path)
      throw new Error("problem instance " + JSON.stringify(JSON.parse(text).instance) + ", expected " + JSON.stringify(c.path));
${
  driver.routes === false
    ? ""
    : `    const other = await ask(c.path + "/not-this-route");
    if (other.status !== 404) throw new Error("another path was answered " + other.status + ", expected 404");
`
}  } catch (e) {
    bad++;
    console.log(c.name + ": " + (e && e.stack ? e.stack : e));
  }
}
console.log(bad + " of " + cases.length + " handlers failed");
if (bad) throw new Error(bad + " handlers failed");
`;
  const file = join(dir, "driver.mjs");
  writeFileSync(file, script);
  const [cmd, args] = driver.command(file);
  const r = await runAsync(cmd, args, { cwd: dir, env: driver.env });
  if (r.status !== 0) throw new Error(`handlers failed:\n${r.stdout}${r.stderr}`);
}
