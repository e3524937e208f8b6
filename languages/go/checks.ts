/** Go for the test layers: tree-sitter-go, gofmt, and evaluation by `go run`. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fromCodePoints, outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-go/tree-sitter-go.wasm", root: "source_file" },

  formatter: {
    name: "gofmt",
    // `gofmt -l` with no path reads standard input (empty here) and exits 0.
    missing: () => (runs("gofmt", ["-l"]) ? null : "gofmt is not installed (it comes with Go)"),
    async check(sources) {
      const names = sources.map((_, i) => `s${i}.go`);
      return withTempDir(Object.fromEntries(names.map((n, i) => [n, sources[i]!])), (dir) => {
        const r = spawnSync("gofmt", ["-l", "."], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`gofmt failed (exit ${r.status}):\n${r.stderr}`);
        const listed = r.stdout
          .split("\n")
          .filter(Boolean)
          .map((p) => p.replace(/^\.\//, ""));
        const result = new Map<number, string>();
        for (const name of listed) {
          const d = spawnSync("gofmt", ["-d", name], { cwd: dir, encoding: "utf8" });
          result.set(names.indexOf(name), d.stdout || d.stderr);
        }
        return result;
      });
    },
  },

  evaluate: {
    missing: () => (runs("go", ["version"]) ? null : "go is not installed"),
    // Printed as code points, so nothing between Go and us can alter what is compared.
    strings(literals) {
      const items = literals.map((l) => `\t\t${l},`).join("\n");
      const src = `package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfor _, s := range []string{\n${items}\n\t} {\n\t\tparts := []string{}\n\t\tfor _, r := range s {\n\t\t\tparts = append(parts, fmt.Sprintf("%x", r))\n\t\t}\n\t\tfmt.Println(strings.Join(parts, " "))\n\t}\n}\n`;
      return withTempDir({ "main.go": src }, (dir) => outputLines(runCommand("go", ["run", join(dir, "main.go")]))).map(fromCodePoints);
    },
  },
};

export default checks;
