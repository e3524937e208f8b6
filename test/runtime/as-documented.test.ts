/**
 * The `install` and `run` lines a user reads: for every HTTP target that can run here, the app-style
 * program of one code is saved under its `filename` with its `files` beside it in a folder of its own
 * outside the repository, its `install` line is run there as on a clean machine (test/runtime/install.ts:
 * pip in a venv of the folder's own, packages from the registries), then it is started with
 * `sh -c "<run>"` exactly as `--format json` prints it (PORT set), and its answer must equal the promised
 * response. The other runtime tests start programs their own way, with the pinned packages the runtime
 * layer installs; this one proves the documented commands.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { snipgenJsonAsync } from "../helpers/snipgen.js";
import { skipWhenMissing } from "../helpers/toolchains.js";
import { compareResponse } from "./compare.js";
import { recordResults, ServerProcess, startServer, send } from "./harness.js";
import { installAsDocumented } from "./install.js";
import { targetRuntimes } from "./runtimes.js";

interface DocumentedSnippet {
  filename: string;
  install?: string;
  run: string;
  code: string;
  files: { path: string; content: string }[];
}

// Outside the repository, so a Node program finds only the packages its install line put beside it.
const PARENT = mkdtempSync(join(tmpdir(), "snipgen-as-documented-"));
after(() => rmSync(PARENT, { recursive: true, force: true }));
const CODE = "202";

describe("the documented run command", { concurrency: 2 }, async () => {
  for (const { target, runtime } of await targetRuntimes()) {
    if (!target.run) continue;
    const missing = runtime ? runtime.missing() : `${target.id} has no runtime here (parse layer only)`;
    const commands = [target.install, target.run].filter(Boolean).join(" && ");
    it(`${target.id}: \`${commands}\` serves what --format json promises`, { skip: runtime ? skipWhenMissing(missing) : missing! }, async () => {
      const doc = await snipgenJsonAsync([CODE, "-f", target.id, "--style", "app"]);
      const snippet = doc.snippets[0] as unknown as DocumentedSnippet;
      assert.equal(snippet.run, target.run);
      assert.equal(snippet.install, target.install ?? "");
      const dir = join(PARENT, target.id);
      rmSync(dir, { recursive: true, force: true });
      for (const f of [{ path: snippet.filename, content: snippet.code }, ...snippet.files]) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
      const env = await installAsDocumented(target, dir);
      const { server, port } = await startServer(
        (p) => new ServerProcess("sh", ["-c", snippet.run], { cwd: dir, env: { ...env, PORT: String(p) } }),
        doc.path,
        180_000,
      );
      try {
        const live = await send(port, doc.method, doc.path);
        const diffs = compareResponse(doc.response, live);
        recordResults(`documented-${target.id}`, { install: snippet.install || null, run: snippet.run, code: Number(CODE), ok: diffs.length === 0 });
        assert.deepEqual(diffs, [], `${target.id}: ${snippet.run}\n${server.output}`);
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
