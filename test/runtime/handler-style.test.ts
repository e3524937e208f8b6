/**
 * The handler style is what most people paste. The runtime layer runs the app style; here each target's
 * handler-style files are loaded by its real toolchain (imported, built or compiled) and, where the
 * target's runtime can, each handler is called once and must answer the case's status. How is the
 * target's own (`handler` in targets/<protocol>/<id>/runtime.ts).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generate } from "../../src/generate.js";
import { parseJson } from "../../src/json/ordered-json.js";
import type { Overrides } from "../../protocols/types.js";
import type { Target } from "../../src/registry/types.js";
import { protocolOf } from "../helpers/registry.js";
import { skipWhenMissing } from "../helpers/toolchains.js";
import { HOSTILE_BODIES, RUNTIME_CODES } from "./cases.js";
import { recordResults, withCaseFiles, type HandlerCase } from "./harness.js";
import { targetRuntimes } from "./runtimes.js";

interface Case {
  name: string;
  code: number;
  overrides: Partial<Overrides>;
}
const CASES: Case[] = [
  ...RUNTIME_CODES.map((code) => ({ name: `code_${code}`, code, overrides: {} })),
  { name: "no_body", code: 200, overrides: { body: { kind: "none" } } },
  { name: "hostile_body", code: 200, overrides: { body: { kind: "value", value: parseJson(JSON.stringify(HOSTILE_BODIES.interpolation)) } } },
  { name: "post_headers", code: 201, overrides: { method: "POST", route: "/orders", headers: [["X-Trace", 'a "b" \\c']] } },
  { name: "options", code: 204, overrides: { method: "OPTIONS" } },
  { name: "path_param", code: 200, overrides: { route: "/items/{item_id}" } },
  { name: "problem", code: 404, overrides: { problem: true, route: "/things/{thing_id}" } },
];

async function handlerCases(target: Target): Promise<HandlerCase[]> {
  const protocol = protocolOf(target.protocol);
  return Promise.all(
    CASES.map(async (c) => {
      const overrides: Overrides = { body: { kind: "model" }, headers: [], ...protocol.defaults, ...c.overrides };
      const g = await generate({
        protocol,
        code: c.code,
        targets: [target],
        style: "handler",
        numeric: false,
        prettier: true,
        overrides,
        skipUnsupported: false,
      });
      const { method, route, path } = g.spec;
      return { name: c.name, code: c.code, method, route, path, filename: target.filename.handler, source: g.snippets[0]!.code };
    }),
  );
}

const runtimes = await targetRuntimes();

// Two targets at a time: every check runs its toolchain asynchronously.
describe("handler style loads in its real toolchain", { concurrency: 2 }, () => {
  for (const { target, runtime } of runtimes) {
    const handler = runtime?.handler;
    if (!handler) {
      const why = runtime ? "its runtime.ts describes no handler check" : "parse layer only (no runtime.ts in its folder)";
      it(`${target.id}: handler style`, { skip: `${target.id}: ${why}` }, () => {});
      continue;
    }
    const missing = handler.missing?.() ?? runtime.missing();
    it(`${target.id}: every handler-style snippet loads and answers (${handler.how})`, { skip: skipWhenMissing(missing) }, async () => {
      assert.equal(missing, null, missing ?? "");
      const cases = await handlerCases(target);
      let passed = false;
      try {
        await withCaseFiles(cases, async (dir) => handler.check(dir, cases), handler.parent);
        passed = true;
      } finally {
        recordResults(`handler-${target.id}`, { cases: cases.length, passed, how: handler.how });
      }
    });
  }
});
