// Next.js (App Router): every app-style route.ts of the batch is placed where its first line says
// (app/<route>/route.ts) in one project under the repository's .tmp/ (so `next` and React resolve from its
// node_modules), with the tsconfig.json its users get; `next build` (which type-checks) runs once and one
// `next start` on a loopback port answers every case. The project's own place-route.mjs is run once, as
// `npm run dev` runs it. Each handler-style route.ts is imported (through tsx) and its method called with
// a NextRequest.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFetchHandlers } from "../../../languages/typescript/runtime/fetch-handlers.js";
import { INSIDE_REPO, missingPackage } from "../../../languages/typescript/runtime/packages.js";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { pool, runAsync, send, ServerProcess, startServer, type LiveResponse, type TargetRuntime } from "../../../test/runtime/harness.js";

const FILES = fileURLToPath(new URL("./files/", import.meta.url));
const NEXT = join(ROOT, "node_modules", "next", "dist", "bin", "next");
const ENV = { NEXT_TELEMETRY_DISABLED: "1" };

/** Where a route.ts goes: the path on its first line, `// app/.../route.ts`. */
function placeOf(source: string): string {
  const place = /^\/\/ (app\/(?:[^\s/]+\/)*route\.ts)\n/.exec(source)?.[1];
  if (!place) throw new Error(`route.ts does not start with its place in app/:\n${source.slice(0, 200)}`);
  return place;
}

const runtime: TargetRuntime = {
  missing: () => missingPackage("next/server"),
  async run(cases) {
    mkdirSync(INSIDE_REPO, { recursive: true });
    const dir = mkdtempSync(join(INSIDE_REPO, "snipgen-next-"));
    try {
      for (const file of ["tsconfig.json", "package.json", "place-route.mjs"]) copyFileSync(join(FILES, file), join(dir, file));
      const places = new Map<string, string>();
      for (const [i, c] of cases.entries()) {
        const place = placeOf(c.source);
        if (places.has(place)) throw new Error(`${c.case.name} and ${places.get(place)} both go to ${place}`);
        places.set(place, c.case.name);
        // The first case is placed by the project's own script, as `npm run dev` does; the others directly.
        const file = i === 0 ? join(dir, "route.ts") : join(dir, place);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, c.source);
      }
      const placed = await runAsync(process.execPath, ["place-route.mjs"], { cwd: dir });
      if (placed.status !== 0) throw new Error(`place-route.mjs failed:\n${placed.stdout}${placed.stderr}`);
      const build = await runAsync(process.execPath, [NEXT, "build"], { cwd: dir, env: ENV });
      if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}${build.stderr}`);
      const { server, port } = await startServer(
        (port) => new ServerProcess(process.execPath, [NEXT, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: dir, env: ENV }),
        "/",
        60000,
      );
      try {
        const responses = await pool(cases, 4, (c) => send(port, c.doc.method, c.doc.path));
        return new Map<string, LiveResponse>(cases.map((c, i) => [c.case.name, responses[i]!]));
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  handler: {
    how: "route.ts imported (tsx), its method called with a NextRequest",
    parent: INSIDE_REPO,
    check: (dir, cases) =>
      checkFetchHandlers(dir, cases, {
        call: `(async () => {
        const { NextRequest } = await import("next/server");
        return mod[c.method](new NextRequest(request));
      })()`,
        command: (driver) => [process.execPath, ["--import", "tsx", driver]],
        env: ENV,
        routes: false,
      }),
  },
};

export default runtime;
