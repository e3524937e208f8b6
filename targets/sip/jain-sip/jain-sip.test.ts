/**
 * JAIN-SIP beyond the SIP runtime layer (which starts every app-style case with `java Uas.java`):
 * - `install` and `run` of target.json, as written, in a folder holding the saved program and the
 *   files snipgen lists (files/pom.xml), answer a real request as promised;
 * - the handler style, compiled with every javac lint warning an error, registered on a stack by
 *   runtime/HandlerHost.java and asked over UDP, answers as promised; the app style of the same
 *   cases compiles with the same lint.
 */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { freeUdpPort, sendSip } from "../../../protocols/sip/runtime/client.js";
import { asSentFrom, compareSip, requestText, type SipPromise } from "../../../protocols/sip/runtime/compare.js";
import { EXTRA, SDP } from "../../../protocols/sip/runtime/cases.js";
import { pool } from "../../../test/helpers/files.js";
import { snipgenCommand, snipgenJsonAsync } from "../../../test/helpers/snipgen.js";
import { REQUIRED, skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { recordResults, runAsync, ServerProcess, withCaseFiles } from "../../../test/runtime/harness.js";
import { dependencyClasspath, JVM_FLAGS, POM, toolchainMissing } from "./runtime.js";

const HOST = fileURLToPath(new URL("./runtime/HandlerHost.java", import.meta.url));
const COMPILER = fileURLToPath(new URL("./runtime/CompileEach.java", import.meta.url));
const target = JSON.parse(readFileSync(new URL("./target.json", import.meta.url), "utf8")) as { install: string; run: string };
const missing = toolchainMissing();
const skip = skipWhenMissing(missing);

/** Starts `cmd args` in `cwd` with PORT set, sends the promise's request until answered, compares, stops it. */
async function ask(promise: SipPromise, code: number, cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<string[]> {
  const port = await freeUdpPort();
  const server = new ServerProcess(cmd, args, { cwd, env: { PORT: String(port) } });
  try {
    let sent = promise.request;
    const { responses } = await sendSip(port, (local) => requestText((sent = asSentFrom(promise.request, local))), code, timeoutMs);
    const live = responses.find((r) => r.status === code) ?? responses.at(-1)!;
    return compareSip({ request: sent, response: promise.response }, live);
  } catch (err) {
    return [`${(err as Error).message}\n${server.output}`];
  } finally {
    await server.stop();
  }
}

const text = EXTRA.find((v) => v.name === "text-body")!;
const CASES: string[][] = [
  ["486"],
  ["100"],
  ["300"],
  ["603", "--numeric"],
  ["200", "--method", "INVITE", "--body", SDP, "--content-type", "application/sdp"],
  ["200", "-H", "X-Hostile: café 😀 漢字", "-H", "Allow-Events: dialog, presence"],
  [String(text.code), ...text.args],
];

describe("jain-sip: the user's way and the handler style", { skip, concurrency: false }, () => {
  it("target.json's `install` and `run`, as written, start the saved program beside files/pom.xml", async () => {
    assert.ok(!missing || !REQUIRED, missing ?? "");
    const args = ["sip", String(text.code), "-f", "jain-sip", "--style", "app", ...text.args];
    const doc = await snipgenJsonAsync(args);
    const snippet = doc.snippets[0]!;
    await withCaseFiles([{ name: "project", filename: snippet.filename, source: snippet.code }], async (_dir, [file]) => {
      const cwd = dirname(file!);
      copyFileSync(POM, join(cwd, "pom.xml"));
      const install = await runAsync("sh", ["-c", target.install], { cwd });
      assert.equal(install.status, 0, `${target.install} failed:\n${install.stdout}${install.stderr}`);
      const diffs = await ask(doc as unknown as SipPromise, text.code, "sh", ["-c", target.run], cwd, 90_000);
      assert.deepEqual(diffs, [], `${target.run} (reproduce: ${snipgenCommand(args)})`);
    });
  });

  it("the handler style compiles without lint warnings and answers once registered on a stack; the app style compiles too", async () => {
    const docs = await Promise.all(
      CASES.flatMap((c) => ["handler", "app"].map((style) => snipgenJsonAsync(["sip", ...c, "-f", "jain-sip", "--style", style]))),
    );
    const files = docs.map((d, i) => ({ name: `c${i}`, filename: d.snippets[0]!.filename, source: d.snippets[0]!.code }));
    const deps = dependencyClasspath();
    const failures = await withCaseFiles(files, async (_dir, paths) => {
      const labels = paths.map((_, i) => {
        const style = i % 2 === 0 ? "handler" : "app";
        return snipgenCommand(["sip", ...CASES[Math.floor(i / 2)]!, "-f", "jain-sip", "--style", style]);
      });
      // Each handler beside a copy of the host; every folder compiled in one JVM.
      paths.forEach((file, i) => i % 2 === 0 && copyFileSync(HOST, join(dirname(file), "HandlerHost.java")));
      const javac = await runAsync("java", [...JVM_FLAGS, COMPILER, deps, ...paths.map((p) => dirname(p))]);
      if (javac.status !== 0)
        return [`javac failed:\n${javac.stdout}${javac.stderr}`.replaceAll(/\S*snipgen-cases-\w+\/c(\d+)/g, (_, i: string) => labels[Number(i)]!)];
      return pool(paths, 2, async (file, i) => {
        if (i % 2 !== 0) return null;
        const classpath = `${join(dirname(file), "classes")}:${deps}`;
        const code = Number(CASES[i / 2]![0]);
        const diffs = await ask(docs[i] as unknown as SipPromise, code, "java", [...JVM_FLAGS, "-cp", classpath, "HandlerHost"], dirname(file), 30_000);
        return diffs.length ? `${labels[i]}: ${diffs.join("; ")}` : null;
      });
    });
    const failed = failures.filter((f) => f !== null);
    // For docs/verification.md's "handler style answers" column (read by scripts/verify-report.mjs).
    recordResults("handler-jain-sip", {
      cases: CASES.length,
      passed: failed.length === 0,
      how: "compiled (javac, lint warnings are errors), registered on a stack and asked over UDP, by its jain-sip.test.ts",
    });
    assert.deepEqual(failed, []);
  });
});
