/**
 * examples/vscode/tasks.json cannot rot: its pickString options are exactly what snipgen offers (the
 * registry's framework ids and SIP stacks, the styles), and each task's command line, with its inputs
 * substituted (each option of each pickString in turn), runs in bash as VS Code's shell task would,
 * with `code -` (a new untitled editor reading stdin) stood in for by a stub that keeps what it reads.
 * UPDATE_EXAMPLES=1 rewrites the options from `snipgen list`.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { STYLES } from "../../src/registry/types.js";
import { BIN, ROOT, snipgen } from "../helpers/snipgen.js";

const FILE = join(ROOT, "examples", "vscode", "tasks.json");

interface Input {
  id: string;
  type: string;
  description: string;
  default?: string;
  options?: string[];
}
interface Task {
  label: string;
  type: string;
  command: string;
}
const doc = JSON.parse(readFileSync(FILE, "utf8")) as { version: string; tasks: Task[]; inputs: Input[] };

/** Where the workspace of the runs is: a fresh folder, so no project defaults or prettier configuration apply. */
const WORKSPACE = mkdtempSync(join(tmpdir(), "snipgen-vscode-"));
after(() => rmSync(WORKSPACE, { recursive: true, force: true }));

const idsOf = (args: string[]) => (JSON.parse(snipgen([...args, "--format", "json"], { cwd: WORKSPACE }).stdout) as { id: string }[]).map((t) => t.id);

/** What each pickString must offer, and the protocol its values belong to. */
const PICKS: Record<string, { options: string[]; protocol?: "http" | "sip" }> = {
  snipgenFramework: { options: idsOf(["list"]), protocol: "http" },
  snipgenSipStack: { options: idsOf(["list", "--protocol", "sip"]), protocol: "sip" },
  snipgenStyle: { options: [...STYLES] },
};

if (process.env.UPDATE_EXAMPLES === "1") {
  for (const input of doc.inputs) if (input.type === "pickString" && PICKS[input.id]) input.options = PICKS[input.id]!.options;
  writeFileSync(FILE, JSON.stringify(doc, null, 2) + "\n");
}

/** `snipgen` and `code` as a user's PATH has them: the built bin/snipgen.cjs, and a `code` that keeps its stdin. */
const BIN_DIR = join(WORKSPACE, "bin");
const EDITOR = join(WORKSPACE, "untitled.txt");
function stubs(): void {
  mkdirSync(BIN_DIR, { recursive: true });
  writeFileSync(join(BIN_DIR, "snipgen"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(join(BIN_DIR, "code"), `#!/bin/sh\n[ "$1" = "-" ] || exit 64\ncat > "${EDITOR}"\n`);
  for (const f of ["snipgen", "code"]) chmodSync(join(BIN_DIR, f), 0o755);
}
stubs();

const inputsOf = (command: string) => [...command.matchAll(/\$\{input:([^}]+)\}/g)].map((m) => m[1]!);

/** The command line with each ${input:id} replaced; any other ${...} is a variable the test does not know. */
function substitute(command: string, values: Record<string, string>): string {
  const line = command.replace(/\$\{input:([^}]+)\}/g, (_, id: string) => values[id]!);
  assert.ok(!/\$\{/.test(line), `a variable left in ${line}`);
  return line;
}

/** Every snippet of a code in a protocol and style, by framework: what each run must show. */
const expected = new Map<string, Map<string, string>>();
function snippetOf(protocol: string, code: string, style: string, framework: string): string {
  const key = `${protocol} ${code} ${style}`;
  if (!expected.has(key)) {
    const r = snipgen([protocol, code, "--all", "--style", style, "--format", "json"], { cwd: WORKSPACE });
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { snippets: { framework: string; code: string }[] };
    expected.set(key, new Map(json.snippets.map((s) => [s.framework, s.code])));
  }
  return expected.get(key)!.get(framework)!;
}

describe("examples/vscode/tasks.json", () => {
  it("is a tasks file of VS Code's version 2.0.0 with shell tasks and their inputs", () => {
    assert.equal(doc.version, "2.0.0");
    assert.ok(doc.tasks.length >= 2);
    for (const t of doc.tasks) assert.equal(t.type, "shell", t.label);
    assert.ok(
      doc.tasks.some((t) => t.command.endsWith("| code -")),
      "a task inserts into a new editor",
    );
    assert.ok(
      doc.tasks.some((t) => !t.command.includes("|")),
      "a task prints in the terminal",
    );
    assert.ok(doc.inputs.some((i) => i.type === "promptString"));
  });

  it("every input a task uses is declared, and every declared input is used", () => {
    const used = new Set(doc.tasks.flatMap((t) => inputsOf(t.command)));
    assert.deepEqual([...used].sort(), doc.inputs.map((i) => i.id).sort());
  });

  for (const input of doc.inputs.filter((i) => i.type === "pickString")) {
    it(`${input.id}: offers exactly what snipgen offers, in its order, with its default among them (UPDATE_EXAMPLES=1 rewrites it)`, () => {
      const pick = PICKS[input.id];
      assert.ok(pick, `a pickString this test does not know: ${input.id}`);
      assert.deepEqual(input.options, pick.options);
      assert.ok(pick.options.includes(input.default!), `default ${input.default}`);
    });
  }

  for (const task of doc.tasks) {
    const used = [...new Set(inputsOf(task.command))];
    const defaults = Object.fromEntries(doc.inputs.map((i) => [i.id, i.default ?? ""]));
    // Each option of each pickString in turn, the other inputs at their defaults.
    const runs = used.flatMap((id) => (doc.inputs.find((i) => i.id === id)!.options ?? []).map((value) => ({ ...defaults, [id]: value })));
    it(`${task.label}: runs for each option (${runs.length} runs) and shows the snippet`, () => {
      assert.ok(runs.length > 2);
      const pick = used.find((id) => PICKS[id]?.protocol)!;
      const protocol = PICKS[pick]!.protocol!;
      for (const values of runs) {
        const line = substitute(task.command, values);
        rmSync(EDITOR, { force: true });
        const r = spawnSync("bash", ["-c", line], {
          cwd: WORKSPACE,
          encoding: "utf8",
          env: { ...process.env, PATH: `${BIN_DIR}:${process.env.PATH}`, SOURCE_DATE_EPOCH: "1772020800" },
        });
        assert.equal(r.status, 0, `${line}: ${r.stderr}`);
        assert.equal(r.stderr, "", line);
        const shown = line.endsWith("| code -") ? readFileSync(EDITOR, "utf8") : r.stdout;
        assert.equal(shown, snippetOf(protocol, values.snipgenCode!, values.snipgenStyle!, values[pick]!), line);
      }
    });
  }
});
