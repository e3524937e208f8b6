import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sendSip } from "../../protocols/sip/runtime/client.js";
import { requestText, type SipPromise } from "../../protocols/sip/runtime/compare.js";
import { ROOT, snipgen, snipgenJson } from "../helpers/snipgen.js";
import { rawRequest } from "../serve/client.js";
import { startServe, type Served } from "../serve/server.js";

// Every block of the README and docs/*.md tagged `<!-- example: snipgen ... -->` is the real output of
// that command (SOURCE_DATE_EPOCH fixed). UPDATE_README=1 rewrites the blocks from fresh runs.
const DOCS = [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(ROOT, "docs", f)),
];
// `<!-- example in <folder>: snipgen ... -->` runs in that folder of the repository (e.g. a project with a config).
// A block's fence is longer than any backtick run in the output (a page holds code blocks of its own): ```` closes ````.
const EXAMPLE = /<!-- example(?: in ([\w./-]+))?: snipgen (.*?) -->\n(`{3,})(\w*)\n[\s\S]*?^\3$/gm;
const fenceFor = (text: string) => "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
// Blocks tagged `<!-- serve example: METHOD /path -->` are a running `snipgen serve`'s answer to that
// request, and `<!-- serve example: SIP <code> -->` its answer to `snipgen sip <code>`'s example request
// sent to sip:<code>@host (the Date of an HTTP answer is the one thing compared loosely).
const SERVE_EXAMPLE = /<!-- serve example: (.*?) -->\n```(\w*)\n[\s\S]*?```/g;

async function serveAnswer(server: Served, ask: string): Promise<string> {
  const sip = /^SIP (\d{3})$/.exec(ask);
  if (sip) {
    const code = Number(sip[1]);
    const doc = snipgenJson(["sip", String(code)]) as unknown as SipPromise;
    const request = { ...doc.request, uri: `sip:${code}@127.0.0.1:${server.sipPort}` };
    const { responses } = await sendSip(server.sipPort, () => requestText(request), code, 5000);
    return responses.at(-1)!.raw.replace(/\r\n/g, "\n");
  }
  const [method, path] = ask.split(" ") as [string, string];
  // As curl asks: a keep-alive connection.
  const r = await rawRequest(server.httpPort, method, path, { Connection: "keep-alive" });
  return [`HTTP/1.1 ${r.status} ${r.reason}`, ...r.headers.map(([n, v]) => `${n}: ${v}`), "", r.body.toString("utf8")].join("\n");
}

const anyDate = (block: string) => block.replace(/^Date: .*$/m, "Date: (now)");

/** Splits a shell-like command line: single quotes, double quotes with \" and \\ escapes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2]?.replace(/\\(.)/g, "$1") ?? m[3]!);
  return words;
}

for (const file of DOCS) {
  const text = readFileSync(file, "utf8");
  const examples = [...text.matchAll(EXAMPLE)];
  const served = [...text.matchAll(SERVE_EXAMPLE)];
  if (file.endsWith("README.md")) {
    it("the README has examples", () => assert.ok(examples.length >= 5));
    it("the README has serve examples", () => assert.ok(served.length >= 3));
  }
  if (!examples.length && !served.length) continue;
  describe(`${file.slice(ROOT.length)}: examples are real output`, () => {
    const rendered = new Map<string, string>();
    for (const [block, folder, command, , lang] of examples) {
      it(`snipgen ${command}${folder ? ` (in ${folder})` : ""}`, () => {
        const r = snipgen(shellWords(command!), folder ? { cwd: join(ROOT, folder) } : {});
        const output = r.status === 0 ? r.stdout : r.stderr;
        const fence = fenceFor(output);
        const fresh = `<!-- example${folder ? ` in ${folder}` : ""}: snipgen ${command} -->\n${fence}${lang}\n${output.trimEnd()}\n${fence}`;
        rendered.set(block, fresh);
        if (process.env.UPDATE_README !== "1") assert.equal(block, fresh, "the block differs from the command's output (UPDATE_README=1 rewrites it)");
      });
    }
    let server: Served | null = null;
    before(async () => {
      if (served.length) server = await startServe(["--sip", "--quiet"]);
    });
    after(async () => {
      if (server) assert.equal(await server.stop("SIGTERM"), 0);
    });
    for (const [block, ask, lang] of served) {
      it(`snipgen serve: ${ask}`, async () => {
        const answer = await serveAnswer(server!, ask!);
        const fresh = `<!-- serve example: ${ask} -->\n\`\`\`${lang}\n${answer.trimEnd()}\n\`\`\``;
        rendered.set(block, fresh);
        if (process.env.UPDATE_README !== "1")
          assert.equal(anyDate(block), anyDate(fresh), "the block differs from serve's answer (UPDATE_README=1 rewrites it)");
      });
    }
    if (process.env.UPDATE_README === "1") {
      it("is rewritten", () => {
        let updated = text;
        for (const [old, fresh] of rendered) updated = updated.replace(old, () => fresh);
        writeFileSync(file, updated);
      });
    }
  });
}
