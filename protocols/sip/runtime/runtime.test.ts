/**
 * The SIP runtime layer: every SIP target with a runtime description (targets/sip/<id>/runtime.ts) starts
 * its app-style program for each case on a loopback UDP port, a UAC of the test's own sends the example
 * request (its Via naming the UAC), and the answer must be the response snipgen promised: status, Via,
 * From, Call-ID and CSeq as sent, To with a tag, the code's headers, Content-Length and the body.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { pool } from "../../../test/helpers/files.js";
import { targetsOf } from "../../../test/helpers/registry.js";
import { snipgen, snipgenCommand, snipgenJsonAsync } from "../../../test/helpers/snipgen.js";
import { REQUIRED, skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { recordResults, runAsync, ServerProcess, withCaseFiles } from "../../../test/runtime/harness.js";
import { installAsDocumented } from "../../../test/runtime/install.js";
import { freeUdpPort, sendSip } from "./client.js";
import { asSentFrom, compareSip, requestText, type SipPromise } from "./compare.js";
import { casesFor, generateCases, runtimeOf } from "./harness.js";

/** What --format json says of an app-style program: its file, how it starts, the files beside it. */
interface DocumentedApp {
  snippets: { filename: string; code: string; run: string; files: { path: string; content: string }[] }[];
}

/** Codes whose page scenario (sipp UAC) is run against each target: OPTIONS, REFER and INVITE answers. */
const PAGE_CODES = [200, 202, 180, 486, 603];
const sippAvailable = spawnSync("which", ["sipp"]).status === 0;

function snipgenText(args: string[]): string {
  const r = snipgen(args);
  if (r.status !== 0) throw new Error(`snipgen ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

const targets = targetsOf("sip");

describe("SIP runtime", { concurrency: 2 }, () => {
  for (const target of targets) {
    it(`${target.id}: every case answers over UDP as promised`, async (t) => {
      const runtime = await runtimeOf(target);
      if (!runtime) return t.skip(`${target.id}: parse layer only (no runtime.ts in its folder)`);
      const missing = runtime.missing();
      if (missing && !REQUIRED) return t.skip(skipWhenMissing(missing) || missing);
      assert.equal(missing, null, missing ?? "");
      const started = Date.now();
      // A case the target's syntax cannot hold exactly must be refused with its reason (exit 2), not run.
      const all = casesFor(target);
      const kept = await generateCases(target, all, "app");
      const cases = kept.map((g) => g.c);
      const docs = kept.map((g) => g.doc);
      const files = cases.map((c, i) => ({ name: c.name, filename: docs[i]!.snippets[0]!.filename, source: docs[i]!.snippets[0]!.code }));
      // The page's own test: its sipp UAC scenario, run against the app for a few codes, exits 0.
      assert.ok(sippAvailable || !REQUIRED, "sipp is not installed (Debian package sip-tester): the page's scenarios cannot run");
      const pageCases = sippAvailable ? cases.filter((c) => PAGE_CODES.includes(c.code) && c.args.length === 0) : [];
      const { failures, uacFailures } = await withCaseFiles(
        files,
        async (_dir, paths) => {
          /** Starts case i's app on a free UDP port, runs `ask` against it, stops it; a failure is returned as text. */
          const withApp = async (i: number, ask: (port: number) => Promise<string | null>): Promise<string | null> => {
            const [cmd, args] = runtime.command(paths[i]!);
            const port = await freeUdpPort();
            const server = new ServerProcess(cmd, args, { cwd: join(paths[i]!, ".."), env: { PORT: String(port) } });
            try {
              return await ask(port);
            } catch (err) {
              return `${cases[i]!.name}: ${(err as Error).message}\n${server.output}`;
            } finally {
              await server.stop();
            }
          };
          const answers = await pool(cases, 4, (c, i) =>
            withApp(i, async (port) => {
              const doc = docs[i]! as unknown as SipPromise;
              let sent: SipPromise["request"] = doc.request;
              const { responses } = await sendSip(port, (local) => requestText((sent = asSentFrom(doc.request, local))), c.code);
              const live = responses.find((r) => r.status === c.code) ?? responses.at(-1)!;
              const diffs = compareSip({ request: sent, response: doc.response }, live);
              const reproduce = snipgenCommand(["sip", String(c.code), "-f", target.id, "--style", "app", ...c.args]);
              return diffs.length ? `${c.name}: ${diffs.join("; ")}\n  reproduce: ${reproduce}` : null;
            }),
          );
          const scenarios = await pool(pageCases, 2, (c) =>
            withApp(cases.indexOf(c), async (port) => {
              const page = snipgenText(["sip", String(c.code), "-f", target.id, "--format", "markdown"]);
              const scenario = /```xml\n([\s\S]*?)\n```/.exec(page)?.[1];
              if (!scenario) return `${c.name}: the page has no sipp scenario`;
              // sipp sends its request once (the scenario sets no retrans): first wait until the app answers
              // this test's client, which retransmits until it does (a JVM takes seconds to start).
              const doc = docs[cases.indexOf(c)]! as unknown as SipPromise;
              await sendSip(port, (local) => requestText(asSentFrom(doc.request, local)), c.code);
              const sippArgs = [
                "-m",
                "1",
                "-timeout",
                "10s",
                "-timeout_error",
                "-nostdin",
                "-i",
                "127.0.0.1",
                "-p",
                String(await freeUdpPort()),
                `127.0.0.1:${port}`,
              ];
              const uac = await withCaseFiles([{ name: "uac", filename: "uac.xml", source: scenario + "\n" }], async (_d, [file]) =>
                runAsync("sipp", ["-sf", file!, ...sippArgs]),
              );
              return uac.status === 0 ? null : `${c.name}: the page's sipp scenario exited ${uac.status}\n${uac.stdout.slice(-1500)}${uac.stderr.slice(-1500)}`;
            }),
          );
          const found = (list: (string | null)[]) => list.filter((f): f is string => f !== null);
          return { failures: found(answers), uacFailures: found(scenarios) };
        },
        runtime.parent,
      );
      const refused = all.length - kept.length;
      failures.push(...uacFailures);
      // The same shape as HTTP's runtime results (docs/verification.md reads both).
      const failed = (name: string) => failures.some((f) => f.startsWith(`${name}: `));
      recordResults(`runtime-${target.id}`, {
        framework: target.id,
        error: null,
        seconds: (Date.now() - started) / 1000,
        codes: [...new Set(cases.map((c) => c.code))],
        cases: [
          ...cases.map((c) => ({ name: c.name, ok: !failed(c.name) })),
          ...pageCases.map((c) => ({ name: `sipp-uac-${c.name}`, ok: !uacFailures.some((f) => f.startsWith(`${c.name}: `)) })),
        ],
        refused,
      });
      assert.deepEqual(failures, [], `${target.id}: ${failures.length} of ${cases.length} cases differ`);
    });
  }
  // The `install` and `run` lines a user reads: the app of one code saved with its files in a folder of its own, its
  // install line run there as on a clean machine (test/runtime/install.ts), then started with `sh -c "<run>"`.
  for (const target of targets.filter((t) => t.run)) {
    it(`${target.id}: \`${[target.install, target.run].filter(Boolean).join(" && ")}\` answers as promised`, async (t) => {
      const runtime = await runtimeOf(target);
      if (!runtime) return t.skip(`${target.id}: parse layer only (no runtime.ts in its folder)`);
      const missing = runtime.missing();
      if (missing && !REQUIRED) return t.skip(missing);
      const code = 486;
      const doc = (await snipgenJsonAsync(["sip", String(code), "-f", target.id, "--style", "app"])) as unknown as SipPromise & DocumentedApp;
      const app = doc.snippets[0]!;
      assert.equal(app.run, target.run);
      const failure = await withCaseFiles([{ name: "app", filename: app.filename, source: app.code }], async (_dir, [file]) => {
        const folder = join(file!, "..");
        for (const f of app.files) {
          mkdirSync(dirname(join(folder, f.path)), { recursive: true });
          writeFileSync(join(folder, f.path), f.content);
        }
        const env = await installAsDocumented(target, folder);
        const port = await freeUdpPort();
        const server = new ServerProcess("sh", ["-c", app.run], { cwd: folder, env: { ...env, PORT: String(port) } });
        try {
          let sent: SipPromise["request"] = doc.request;
          const { responses } = await sendSip(port, (local) => requestText((sent = asSentFrom(doc.request, local))), code);
          const live = responses.find((r) => r.status === code) ?? responses.at(-1)!;
          const diffs = compareSip({ request: sent, response: doc.response }, live);
          return diffs.length ? `${diffs.join("; ")}\n${server.output}` : null;
        } catch (err) {
          return `${(err as Error).message}\n${server.output}`;
        } finally {
          await server.stop();
        }
      });
      recordResults(`documented-${target.id}`, { install: target.install ?? null, run: app.run, code, ok: failure === null });
      assert.equal(failure, null, `${target.id}: ${app.run}`);
    });
  }
  if (!targets.length) it("has SIP targets to run", { skip: "no SIP target selected" }, () => {});
});
