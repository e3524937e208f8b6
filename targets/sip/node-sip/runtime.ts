// Node.js with npm's `sip`: each app-style snippet is `uas.mjs`, written under the repository's .tmp/ so
// Node resolves "sip" from its node_modules, and started as `node uas.mjs` with PORT set. A handler-style
// snippet's onRequest is called with the request as sip's transport reads it (the datagram's bytes as a
// binary string, through sip.parse), with sip.send replaced by a recorder; the response it sends is written
// by sip.stringify and turned into bytes as the transport does ("binary").
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { runAsync } from "../../../test/runtime/harness.js";

const INSIDE_REPO = join(ROOT, ".tmp");

/** Calls each handler (a file and a request's text, in the JSON file named by argv[2]); prints the responses' text as a JSON list. */
const CALL = `
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import sip from "sip";

const answers = [];
for (const [file, text] of JSON.parse(readFileSync(process.argv[2], "utf8"))) {
  const { onRequest } = await import(pathToFileURL(file).href);
  const sent = [];
  sip.send = (message) => sent.push(message);
  onRequest(sip.parse(Buffer.from(text, "utf8").toString("binary")));
  if (sent.length !== 1) throw new Error(file + ": onRequest sent " + sent.length + " messages");
  answers.push(Buffer.from(sip.stringify(sent[0]), "binary").toString("utf8"));
}
process.stdout.write(JSON.stringify(answers));
`;

const runtime: SipTargetRuntime = {
  missing() {
    try {
      createRequire(join(INSIDE_REPO, "x.mjs")).resolve("sip");
      return null;
    } catch {
      return "the npm package sip is not installed (npm install)";
    }
  },
  command: (file) => [process.execPath, [file]],
  parent: INSIDE_REPO,
  handler: {
    how: "onRequest called with the request as sip's transport parses it, the response written by sip.stringify",
    async answer(calls) {
      // Beside the cases, under the repository, so the driver's "sip" is the one the handlers import.
      const dir = join(calls[0]!.file, "..", "..");
      writeFileSync(join(dir, "calls.json"), JSON.stringify(calls.map((c) => [c.file, c.request])));
      writeFileSync(join(dir, "call.mjs"), CALL);
      const r = await runAsync(process.execPath, [join(dir, "call.mjs"), join(dir, "calls.json")]);
      if (r.status !== 0) throw new Error(`node exited ${r.status}: ${r.stderr}`);
      return JSON.parse(r.stdout) as string[];
    },
  },
};

export default runtime;
