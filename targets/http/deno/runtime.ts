// Deno (npm's deno package, a devDependency: node_modules/.bin/deno): each app-style snippet is a
// main.ts started as `deno run --allow-net --allow-env=PORT main.ts` with PORT set, as its `run` says.
// Each handler-style module (`export default { fetch } satisfies Deno.ServeDefaultExport`) is imported
// by a driver run in Deno and its fetch called; one is also started with `deno serve`, as a user runs it.
import { join } from "node:path";
import { checkFetchHandlers } from "../../../languages/typescript/runtime/fetch-handlers.js";
import { DENO } from "../../../languages/typescript/checks.js";
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { processPerCase, send, ServerProcess, startServer, type TargetRuntime } from "../../../test/runtime/harness.js";

const ENV = { DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };

const runtime: TargetRuntime = {
  missing: () => (commandWorks(DENO, ["--version"]) ? null : "deno is not installed (npm install: it is a devDependency)"),
  run: processPerCase({ command: (file) => [DENO, ["run", "--allow-net", "--allow-env=PORT", file]], concurrency: 4, bootMs: 30000 }),
  handler: {
    how: "default export's fetch called with a Request in Deno; one served by `deno serve`",
    async check(dir, cases) {
      await checkFetchHandlers(dir, cases, {
        call: "mod.default.fetch(request)",
        command: (driver) => [DENO, ["run", `--allow-read=${dir}`, driver]],
        env: ENV,
      });
      // The way its users run it: `deno serve --port <port> server.ts`.
      const c = cases[0]!;
      const file = join(dir, c.name, c.filename);
      const { server, port } = await startServer(
        (port) => new ServerProcess(DENO, ["serve", "--host", "127.0.0.1", "--port", String(port), file], { cwd: dir, env: ENV }),
        c.path,
        30000,
      );
      try {
        const res = await send(port, c.method, c.path);
        if (res.status !== c.code) throw new Error(`deno serve ${c.filename} (${c.name}) answered ${res.status}, expected ${c.code}`);
      } finally {
        await server.stop();
      }
    },
  },
};

export default runtime;
