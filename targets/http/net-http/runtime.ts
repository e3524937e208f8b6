// Go net/http: each app-style snippet is its own `package main`; all are built in one `go build` run
// (parallel, cached), then each binary is started on its own port. Each handler-style file gets a
// main that registers it on a mux and serves it one httptest request; `go vet` checks them all.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

const go = (args: string[], cwd: string) => runAsync("go", args, { cwd });

/** Builds every package of the folder into dir/bin/<package folder>. */
async function buildAll(dir: string, module: string): Promise<void> {
  writeFileSync(join(dir, "go.mod"), `module ${module}\n\ngo 1.22\n`);
  mkdirSync(join(dir, "bin"));
  const build = await go(["build", "-o", join(dir, "bin") + "/", "./..."], dir);
  if (build.status !== 0) throw new Error(`go build failed:\n${build.stderr}`);
}

const binaryOf = (file: string, dir: string) => join(dir, "bin", file.split("/").at(-2)!);

const runtime: TargetRuntime = {
  missing: () => (commandWorks("go", ["version"]) ? null : "go is not installed"),
  run: processPerCase({ build: (dir) => buildAll(dir, "snipgenruntime"), command: (file, dir) => [binaryOf(file, dir), []], concurrency: 4, bootMs: 30000 }),
  handler: {
    how: "registered on a mux, one httptest request",
    async check(dir, cases) {
      for (const c of cases) {
        // The status, and for a problem its instance: the request's path.
        const main = `package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	Register(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(${JSON.stringify(c.method)}, ${JSON.stringify(c.path)}, strings.NewReader("{}")))
	if rec.Code != ${c.code} {
		fmt.Printf("answered %d, expected ${c.code}\\n", rec.Code)
		os.Exit(1)
	}
	if rec.Header().Get("Content-Type") == "application/problem+json" {
		var problem struct {
			Instance string \`json:"instance"\`
		}
		if err := json.NewDecoder(rec.Body).Decode(&problem); err != nil || problem.Instance != ${JSON.stringify(c.path)} {
			fmt.Printf("problem instance %q (%v), expected %q\\n", problem.Instance, err, ${JSON.stringify(c.path)})
			os.Exit(1)
		}
	}
}
`;
        writeFileSync(join(dir, c.name, "main.go"), main);
      }
      writeFileSync(join(dir, "go.mod"), "module snipgenhandlers\n\ngo 1.22\n");
      const vet = await go(["vet", "./..."], dir);
      if (vet.status !== 0) throw new Error(`go vet failed:\n${vet.stdout}${vet.stderr}`);
      mkdirSync(join(dir, "bin"));
      const build = await go(["build", "-o", join(dir, "bin") + "/", "./..."], dir);
      if (build.status !== 0) throw new Error(`go build failed:\n${build.stderr}`);
      const runs = await Promise.all(cases.map(async (c) => [c.name, await runAsync(join(dir, "bin", c.name), [])] as const));
      const failures = runs.filter(([, r]) => r.status !== 0);
      if (failures.length) throw new Error(`handlers answered wrongly:\n${failures.map(([name, r]) => `${name}: ${r.stdout}${r.stderr}`).join("\n")}`);
    },
  },
};

export default runtime;
