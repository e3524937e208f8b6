/**
 * sipgo's handler style, loaded and called: each case's handler-style file is built in its own package
 * beside a main that parses the example request with sipgo's parser, calls the handler with sipgo's own
 * test transaction (siptest.NewServerTxRecorder) and prints what it responded; the response must be
 * the one `snipgen sip <code> --format json` promises (the same comparison as the runtime layer's).
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EXTRA, variants } from "../../../protocols/sip/runtime/cases.js";
import { parseResponse } from "../../../protocols/sip/runtime/client.js";
import { compareSip, requestText, type SipPromise } from "../../../protocols/sip/runtime/compare.js";
import { pool } from "../../../test/helpers/files.js";
import { answerable, targetsOf } from "../../../test/helpers/registry.js";
import { snipgenJsonAsync } from "../../../test/helpers/snipgen.js";
import { REQUIRED, skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { recordResults, runAsync } from "../../../test/runtime/harness.js";
import runtime, { FILES } from "./runtime.js";

const target = targetsOf("sip").find((t) => t.id === "sipgo");

/** Case i's package: its handler-style file, renamed from package main, and an exported Call to its handler (`on<Method>`). */
const callOf = (i: number, method: string) => `package c${i}

import "github.com/emiago/sipgo/sip"

func Call(req *sip.Request, tx sip.ServerTransaction) {
	on${method.charAt(0)}${method.slice(1).toLowerCase()}(req, tx)
}
`;

/** One program for every case (one link instead of one per case): parses each request, calls the handler, prints a JSON line. */
const mainOf = (requests: SipPromise["request"][]) => `package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/emiago/sipgo/sip"
	"github.com/emiago/sipgo/siptest"
${requests.map((_, i) => `\tc${i} "uas/c${i}"`).join("\n")}
)

func main() {
	cases := []struct {
		request string
		call    func(*sip.Request, sip.ServerTransaction)
	}{
${requests.map((r, i) => `\t\t{${JSON.stringify(requestText(r))}, c${i}.Call},`).join("\n")}
	}
	out := json.NewEncoder(os.Stdout)
	for _, c := range cases {
		msg, err := sip.ParseMessage([]byte(c.request))
		if err != nil {
			out.Encode(map[string]string{"error": err.Error()})
			continue
		}
		req := msg.(*sip.Request)
		tx := siptest.NewServerTxRecorder(req)
		c.call(req, tx)
		if responses := tx.Result(); len(responses) != 1 {
			out.Encode(map[string]string{"error": fmt.Sprintf("%d responses, expected 1", len(responses))})
		} else {
			out.Encode(map[string]string{"response": responses[0].String()})
		}
	}
}
`;

describe("sipgo handler style", () => {
  it("each handler, called with sipgo's test transaction, responds as promised", { skip: target ? false : "sipgo is not selected" }, async (t) => {
    const missing = runtime.missing();
    if (missing && !REQUIRED) return t.skip(skipWhenMissing(missing) || missing);
    assert.equal(missing, null, missing ?? "");
    const cases = [...variants().filter((v) => v.name.startsWith("code-") && answerable(target!, v.code)), ...EXTRA];
    const docs = await pool(cases, 4, (c) => snipgenJsonAsync(["sip", String(c.code), "-f", "sipgo", "--style", "handler", ...c.args]));
    const dir = mkdtempSync(join(tmpdir(), "snipgen-sipgo-"));
    try {
      copyFileSync(join(FILES, "go.mod"), join(dir, "go.mod"));
      copyFileSync(join(FILES, "go.sum"), join(dir, "go.sum"));
      const requests = docs.map((d) => (d as unknown as SipPromise).request);
      cases.forEach((c, i) => {
        const folder = join(dir, `c${i}`);
        mkdirSync(folder);
        const { filename, code } = docs[i]!.snippets[0]!;
        assert.match(code, /^package main\n/, `${c.name}: the handler style is package main`);
        writeFileSync(join(folder, filename), code.replace(/^package main\n/, `package c${i}\n`));
        writeFileSync(join(folder, "call.go"), callOf(i, requests[i]!.method));
      });
      writeFileSync(join(dir, "main.go"), mainOf(requests));
      const vet = await runAsync("go", ["vet", "./..."], { cwd: dir });
      assert.equal(vet.status, 0, `go vet failed:\n${vet.stdout}${vet.stderr}`);
      const build = await runAsync("go", ["build", "-o", "handlers", "."], { cwd: dir });
      assert.equal(build.status, 0, `go build failed:\n${build.stderr}`);
      const run = await runAsync(join(dir, "handlers"), []);
      assert.equal(run.status, 0, `the handlers' program failed:\n${run.stderr}`);
      const lines = run.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as { response?: string; error?: string });
      assert.equal(lines.length, cases.length);
      const found = cases.map((c, i) => {
        const { response, error } = lines[i]!;
        if (response === undefined) return `${c.name}: ${error}`;
        const diffs = compareSip(docs[i] as unknown as SipPromise, parseResponse(Buffer.from(response, "utf8")));
        return diffs.length ? `${c.name}: ${diffs.join("; ")}` : null;
      });
      const failures = found.filter((f) => f !== null);
      recordResults(`handler-sipgo`, {
        passed: failures.length === 0,
        cases: cases.length,
        how: "called with sipgo's siptest.NewServerTxRecorder, its response compared with the promise",
      });
      assert.deepEqual(failures, [], `${failures.length} of ${cases.length} handlers differ`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
