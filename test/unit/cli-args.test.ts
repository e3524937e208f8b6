import assert from "node:assert/strict";
import { describe, it } from "node:test";
import yargs from "yargs";
import { parseFast, type Args } from "../../src/cli/fast-args.js";
import { buildParser } from "../../src/cli/main.js";
import { OPTIONS } from "../../src/cli/options.js";
import { registeredTargets } from "../helpers/registry.js";

// Any three targets, and an alias: the parsers only carry the -f values along.
const [a, b, c] = registeredTargets("http").map((t) => t.id) as [string, string, string];
const alias = registeredTargets("http").find((t) => t.aliases.length)!.aliases[0]!;

/** What yargs hands the snippet command for argv, restricted to the schema's names. */
async function viaYargs(argv: string[]): Promise<Args | null> {
  let captured: Args | null = null;
  const noop = () => {};
  try {
    await buildParser(yargs, argv, registeredTargets("http"), registeredTargets("http")[0], {
      snippet: (a) => void (captured = a),
      list: noop,
      codes: noop,
      export: noop,
      completion: noop,
      serve: noop,
    }).parseAsync(argv);
  } catch {
    return null;
  }
  if (!captured) return null;
  const args = captured as Args;
  return Object.fromEntries(["code", ...Object.keys(OPTIONS)].filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
}

describe("the fast argument path parses exactly as yargs does", () => {
  const agree: string[][] = [
    ["202"],
    ["202", "-f", a],
    ["202", "--framework", a, "-f", alias, `--framework=${b}`],
    ["404", "-a"],
    ["404", "--all", "--style", "app", "--format", "json"],
    ["201", "-f", alias, "--body", '{"id": 7}', "-H", "Location: /items/7", "-H", "X-A: b"],
    ["201", "-f", b, "--body=@file.json", "--route", "/orders", "--method", "POST"],
    ["204", "-f", c, "--numeric", "--no-format", "--no-body"],
    ["202", "--out", "dir", "-a", "--templates", "t", "--allow-unknown", "--protocol", "http"],
    ["-f", b, "202"],
  ];
  for (const argv of agree) {
    it(argv.join(" "), async () => {
      const fast = parseFast(argv);
      assert.ok(fast, "the fast path takes this invocation");
      assert.deepEqual(fast, await viaYargs(argv));
    });
  }

  const handedToYargs: string[][] = [
    ["--help"],
    ["--version"],
    ["list"],
    ["codes", "--format", "json"],
    ["202", "--style", "page"],
    ["202", "--frobnicate"],
    ["202", "-f"],
    ["202", "-af", a],
    ["202", "203"],
    [],
    ["202", "--route", "/a", "--route", "/b"],
    ["202", "--all=true"],
    ["202", "-f", "--all"],
    ["202", "-f", c, "--body", "-"],
    ["202", "-f", c, "--body", "-1"],
  ];
  for (const argv of handedToYargs) {
    it(`leaves "${argv.join(" ")}" to yargs`, () => assert.equal(parseFast(argv), null));
  }
});
