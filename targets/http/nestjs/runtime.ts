// NestJS on Express: every app-style main.ts is compiled by tsc with the files a user gets (files/tsconfig.json
// and files/package.json, ESM), in one folder under the repository's .tmp/ so the compiled code resolves
// @nestjs/* from its node_modules, then each is started as `node dist/<case>/main.js` with PORT set (what
// `npm start` runs after tsc). Each handler-style controller is compiled the same way, put in a module of
// its own, created with NestFactory on a loopback port and asked once.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFetchHandlers } from "../../../languages/typescript/runtime/fetch-handlers.js";
import { INSIDE_REPO, missingPackage } from "../../../languages/typescript/runtime/packages.js";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

const FILES = fileURLToPath(new URL("./files/", import.meta.url));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Compiles every .ts of the folder into its dist/ with the user's tsconfig.json and package.json. */
async function build(dir: string): Promise<void> {
  for (const file of ["tsconfig.json", "package.json"]) copyFileSync(join(FILES, file), join(dir, file));
  const r = await runAsync(process.execPath, [TSC, "-p", dir], { cwd: dir });
  if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
}

const runtime: TargetRuntime = {
  missing: () => missingPackage("@nestjs/platform-express"),
  run: processPerCase({
    build: (dir) => build(dir),
    command: (file, dir) => [process.execPath, [join(dir, "dist", file.slice(dir.length + 1).replace(/\.ts$/, ".js"))]],
    concurrency: 4,
    bootMs: 30000,
    parent: INSIDE_REPO,
  }),
  handler: {
    how: "controller in a module of its own, NestFactory on loopback, asked once",
    parent: INSIDE_REPO,
    async check(dir, cases) {
      await build(dir);
      await checkFetchHandlers(dir, cases, {
        module: `"./dist/" + c.name + "/" + c.filename.replace(/\\.ts$/, ".js")`,
        call: `(async () => {
        const { Module } = await import("@nestjs/common");
        const { NestFactory } = await import("@nestjs/core");
        const AppModule = class AppModule {};
        Module({ controllers: [mod.EndpointController] })(AppModule);
        const app = await NestFactory.create(AppModule, { logger: false });
        await app.listen(0, "127.0.0.1");
        try {
          const res = await fetch(new URL(path, await app.getUrl()), init);
          const text = await res.text();
          return { status: res.status, headers: res.headers, text: async () => text };
        } finally {
          await app.close();
        }
      })()`,
        command: (driver) => [process.execPath, [driver]],
      });
    },
  },
};

export default runtime;
