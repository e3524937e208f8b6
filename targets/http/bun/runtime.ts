// Bun (npm's bun package, a devDependency: node_modules/.bin/bun): each app-style snippet is a server.ts
// started as `bun run server.ts` with PORT set (Bun.serve reads it), as its `run` says. Each
// handler-style module's `routes` is mounted on a Bun.serve on a loopback port, in Bun, and asked once.
import { BUN } from "../../../languages/typescript/checks.js";
import { checkFetchHandlers } from "../../../languages/typescript/runtime/fetch-handlers.js";
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { processPerCase, type TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => (commandWorks(BUN, ["--version"]) ? null : "bun is not installed (npm install: it is a devDependency)"),
  run: processPerCase({ command: (file) => [BUN, ["run", file]], concurrency: 4, bootMs: 30000 }),
  handler: {
    how: "routes mounted on Bun.serve on loopback, asked once",
    check: (dir, cases) =>
      checkFetchHandlers(dir, cases, {
        call: `(async () => {
        const server = Bun.serve({ port: 0, hostname: "127.0.0.1", routes: mod.routes });
        try {
          const res = await fetch(new URL(path, server.url), init);
          const text = await res.text();
          return { status: res.status, headers: res.headers, text: async () => text };
        } finally {
          server.stop(true);
        }
      })()`,
        command: (driver) => [BUN, ["run", driver]],
      }),
  },
};

export default runtime;
