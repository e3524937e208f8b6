// Express: each app-style snippet is a `server.mjs` importing "express", written under the repository's
// .tmp/ so Node resolves "express" from its node_modules, and started as `node server.mjs` with PORT set.
// A handler's router is mounted under a prefix on an app on a loopback port and asked once.
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

const INSIDE_REPO = join(ROOT, ".tmp");

function missing(): string | null {
  try {
    createRequire(join(INSIDE_REPO, "x.mjs")).resolve("express");
    return null;
  } catch {
    return "express is not installed (npm install)";
  }
}

const runtime: TargetRuntime = {
  missing,
  run: processPerCase({ command: (file) => [process.execPath, [file]], concurrency: 4, bootMs: 30000, parent: INSIDE_REPO }),
  handler: {
    how: "router mounted under a prefix, asked on loopback",
    parent: INSIDE_REPO,
    async check(dir, cases) {
      // Each router is mounted under a prefix, as an app would mount it: a problem's instance must still be the whole path.
      const script = `const { default: express } = await import("express");
const cases = ${JSON.stringify(cases.map(({ name, code, method, path, filename }) => ({ name, code, method, path, filename })))};
const MOUNT = "/mounted";
let bad = 0;
for (const { name, code, method, path, filename } of cases) {
  try {
    const { router } = await import(${JSON.stringify(dir)} + "/" + name + "/" + filename);
    const app = express().use(MOUNT, router);
    const server = await new Promise((ok) => { const s = app.listen(0, "127.0.0.1", () => ok(s)); });
    const res = await fetch("http://127.0.0.1:" + server.address().port + MOUNT + path, { method, redirect: "manual", body: ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined });
    const text = await res.text();
    server.close();
    if (res.status !== code) throw new Error("answered " + res.status + ", expected " + code);
    if ((res.headers.get("content-type") ?? "").startsWith("application/problem+json") && JSON.parse(text).instance !== MOUNT + path)
      throw new Error("problem instance " + JSON.stringify(JSON.parse(text).instance) + ", expected " + JSON.stringify(MOUNT + path));
  } catch (e) { bad++; console.log(name, e.message); }
}
process.exit(bad ? 1 : 0);`;
      const r = await runAsync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir });
      if (r.status !== 0) throw new Error(`handler routers failed:\n${r.stdout}${r.stderr}`);
    },
  },
};

export default runtime;
