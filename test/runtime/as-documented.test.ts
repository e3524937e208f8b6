/**
 * The `run` line a user reads: for every HTTP target that can run here, the app-style program of one
 * code is saved under its `filename` with its `files` beside it, started with `sh -c "<run>"` exactly
 * as `--format json` prints it (PORT set; the venv's python first on PATH, as after `pip install`), and
 * its answer must equal the promised response. The other runtime tests start programs their own
 * way; this one proves the documented command.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, snipgenJsonAsync } from "../helpers/snipgen.js";
import { skipWhenMissing } from "../helpers/toolchains.js";
import { compareResponse } from "./compare.js";
import { recordResults, ServerProcess, startServer, send, VENV } from "./harness.js";
import { targetRuntimes } from "./runtimes.js";

interface DocumentedSnippet {
  filename: string;
  run: string;
  code: string;
  files: { path: string; content: string }[];
}

// Inside the repository, so Node programs resolve their packages from its node_modules, as after `npm install`.
const PARENT = join(ROOT, ".tmp", "as-documented");
const CODE = "202";

describe("the documented run command", { concurrency: 2 }, async () => {
  for (const { target, runtime } of await targetRuntimes()) {
    if (!target.run) continue;
    const missing = runtime ? runtime.missing() : `${target.id} has no runtime here (parse layer only)`;
    it(`${target.id}: \`${target.run}\` serves what --format json promises`, { skip: runtime ? skipWhenMissing(missing) : missing! }, async () => {
      const doc = await snipgenJsonAsync([CODE, "-f", target.id, "--style", "app"]);
      const snippet = doc.snippets[0] as unknown as DocumentedSnippet;
      assert.equal(snippet.run, target.run);
      const dir = join(PARENT, target.id);
      rmSync(dir, { recursive: true, force: true });
      for (const f of [{ path: snippet.filename, content: snippet.code }, ...snippet.files]) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
      const env = { PATH: `${VENV}/bin:${process.env.PATH}` };
      const { server, port } = await startServer(
        (p) => new ServerProcess("sh", ["-c", snippet.run], { cwd: dir, env: { ...env, PORT: String(p) } }),
        doc.path,
        180_000,
      );
      try {
        const live = await send(port, doc.method, doc.path);
        const diffs = compareResponse(doc.response, live);
        recordResults(`documented-${target.id}`, { run: snippet.run, code: Number(CODE), ok: diffs.length === 0 });
        assert.deepEqual(diffs, [], `${target.id}: ${snippet.run}\n${server.output}`);
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
