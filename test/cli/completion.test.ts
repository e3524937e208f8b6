/**
 * Shell completion, run in the real shells: the script `snipgen completion <shell>` prints is loaded in
 * bash, zsh and fish (the Debian packages; .ci installs them), a partial command line is completed, and
 * the candidates must be what the registry, the code model and the option schema say.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { protocolOf, registeredTargets } from "../helpers/registry.js";
import { BIN } from "../helpers/snipgen.js";
import { skipUnlessRuns } from "../helpers/toolchains.js";

// `snipgen` on PATH, as after npm install -g: the scripts call it by name.
const bin = mkdtempSync(join(tmpdir(), "snipgen-completion-"));
after(() => rmSync(bin, { recursive: true, force: true }));
writeFileSync(join(bin, "snipgen"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, "snipgen"), 0o755);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };

function shell(cmd: string, script: string): string[] {
  const r = spawnSync(cmd, ["-c", script], { encoding: "utf8", env, cwd: bin });
  assert.equal(r.status, 0, `${cmd}: ${r.stderr}`);
  return r.stdout.split("\n").filter(Boolean);
}

const quote = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;

/** Each shell's way to complete `snipgen <words...>` (the last word is the one being completed); values only. */
const COMPLETE: Record<string, (words: string[]) => string[]> = {
  bash: (words) =>
    shell(
      "bash",
      `source <(snipgen completion bash); COMP_WORDS=(snipgen ${words.map(quote).join(" ")}); COMP_CWORD=${words.length}; _snipgen_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ),
  // Outside an interactive session zsh has no completion system: compdef, _describe and _files are stood in for.
  zsh: (words) =>
    shell(
      "zsh",
      `compdef() {}; _describe() { local name=\${@[-1]}; print -rl -- "\${(@P)name}"; }; _files() { }; source <(snipgen completion zsh); words=(snipgen ${words.map(quote).join(" ")}); CURRENT=${words.length + 1}; _snipgen`,
    ).map((l) => l.replace(/(?<!\\):.*$/, "").replace(/\\:/g, ":")),
  fish: (words) => shell("fish", `snipgen completion fish | source; complete -C ${quote(["snipgen", ...words].join(" "))}`).map((l) => l.split("\t")[0]!),
};

const HTTP = registeredTargets("http");
const http = protocolOf("http");
const sip = protocolOf("sip");
const target = HTTP.find((t) => t.aliases.length)!;

for (const [name, complete] of Object.entries(COMPLETE)) {
  describe(`${name} completion`, { skip: skipUnlessRuns(name, ["-c", "true"]) }, () => {
    it("completes status codes with the prefix typed, for the protocol named first", () => {
      assert.deepEqual(
        complete(["20"]),
        http.codes.filter((c) => String(c.code).startsWith("20")).map((c) => String(c.code)),
      );
      assert.deepEqual(
        complete(["sip", "48"]),
        sip.codes.filter((c) => String(c.code).startsWith("48")).map((c) => String(c.code)),
      );
    });

    it("completes commands and protocols as the first word", () => {
      const first = complete([""]);
      for (const word of ["list", "codes", "export", "completion", "http", "sip", "200"])
        assert.ok(first.includes(word), `${word} in ${first.slice(0, 12).join(" ")}`);
    });

    it("completes framework ids and aliases after -f, and option values", () => {
      const prefix = target.id.slice(0, 2);
      const expected = HTTP.flatMap((t) => [t.id, ...t.aliases]).filter((n) => n.startsWith(prefix));
      assert.deepEqual(complete(["202", "-f", prefix]).sort(), expected.sort());
      assert.deepEqual(complete(["202", "--style", ""]).sort(), ["app", "handler"]);
      assert.deepEqual(complete(["202", "--format", "j"]), ["json"]);
    });

    it("completes options, and each command's own", () => {
      assert.deepEqual(complete(["202", "--no-"]).sort(), ["--no-body", "--no-config", "--no-format"]);
      assert.ok(complete(["export", "site", "--"]).includes("--quiet"));
      assert.ok(!complete(["202", "--"]).includes("--quiet"));
      assert.deepEqual(complete(["completion", ""]).sort(), ["bash", "fish", "zsh"]);
    });
  });
}

it("__complete never fails, whatever it is asked", () => {
  for (const words of [[], ["--protocol", "nope", ""], ["-f"], ["202", "--route", ""], ["\u00e9", "--"]]) {
    const r = spawnSync(process.execPath, [BIN, "__complete", ...words], { encoding: "utf8" });
    assert.equal(r.status, 0, `${words.join(" ")}: ${r.stderr}`);
    assert.equal(r.stderr, "");
  }
});
