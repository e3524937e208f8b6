/**
 * SIP's handler style, loaded and called: for each SIP target whose runtime.ts says how (`handler`), every
 * case's handler-style snippet gets the example request as the target's stack parses it, and the response
 * it gives, as the stack writes it, must be the one snipgen promised (compareSip, as for the app style).
 * A request of another method must get 405 with Allow naming the snippet's method. For a target whose
 * handler style is its app's code without the frame (runtime.ts `handlerInApp`), each case's app style must
 * hold the handler's code unchanged: the runtime layer runs the app.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { targetsOf } from "../../../test/helpers/registry.js";
import { REQUIRED, skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { recordResults, withCaseFiles } from "../../../test/runtime/harness.js";
import { parseResponse } from "./client.js";
import { compareSip, requestText, type SipPromise } from "./compare.js";
import type { Target } from "../../../src/registry/types.js";
import { casesFor, generateCases, runtimeOf, type SipTargetRuntime } from "./harness.js";

/** The request with another method (request line and CSeq), which the snippet must refuse with 405. */
function otherMethod(request: SipPromise["request"]): SipPromise["request"] {
  const other = request.method === "OPTIONS" ? "INFO" : "OPTIONS";
  const headers = request.headers.map(([n, v]): [string, string] => (n.toLowerCase() === "cseq" ? [n, v.replace(/\S+$/, other)] : [n, v]));
  return { ...request, method: other, headers };
}

/** Every case's handler-style code (its leading comment off) must appear unchanged in its app style, which the runtime layer runs. */
async function handlerInApp(target: Target, inApp: NonNullable<SipTargetRuntime["handlerInApp"]>): Promise<void> {
  const handlers = await generateCases(target, casesFor(target), "handler");
  const apps = new Map((await generateCases(target, casesFor(target), "app")).map((g) => [g.c.name, g.doc.snippets[0]!.code]));
  const failures = handlers.flatMap(({ c, doc }) => {
    const handler = doc.snippets[0]!.code;
    const code = inApp.code(handler);
    if (code === handler || code.trim() === "") return [`${c.name}: no leading comment to take off, or nothing after it`];
    return apps.get(c.name)?.includes(code) ? [] : [`${c.name}: the app style does not hold the handler's code`];
  });
  recordResults(`handler-${target.id}`, { cases: handlers.length, passed: failures.length === 0, how: inApp.how });
  assert.ok(handlers.length > 0, `${target.id}: no case`);
  assert.deepEqual(failures, [], `${target.id}: ${failures.length} of ${handlers.length} cases`);
}

describe("SIP handler style", () => {
  for (const target of targetsOf("sip")) {
    it(`${target.id}: the handler answers each case's request as promised, and other methods with 405`, async (t) => {
      const runtime = await runtimeOf(target);
      if (!runtime) return t.skip(`${target.id}: parse layer only (no runtime.ts in its folder)`);
      if (runtime.handlerInApp) return handlerInApp(target, runtime.handlerInApp);
      if (!runtime.handler) return t.skip(`${target.id}: its runtime.ts does not say how to call the handler style`);
      const missing = runtime.missing();
      if (missing && !REQUIRED) return t.skip(skipWhenMissing(missing) || missing);
      assert.equal(missing, null, missing ?? "");
      const kept = await generateCases(target, casesFor(target), "handler");
      const promises = kept.map((g) => g.doc as unknown as SipPromise);
      // Two other-method requests: to the first case's snippet and to the first 200's.
      const refusals = [0, kept.findIndex((g) => g.c.code === 200)].map((i) => ({ name: `${kept[i]!.c.name}-other-method`, i }));
      const files = kept.map((g) => ({ name: g.c.name, filename: g.doc.snippets[0]!.filename, source: g.doc.snippets[0]!.code }));
      let passed = false;
      try {
        const answers = await withCaseFiles(
          files,
          (_dir, paths) =>
            runtime.handler!.answer([
              ...promises.map((p, i) => ({ file: paths[i]!, request: requestText(p.request) })),
              ...refusals.map(({ i }) => ({ file: paths[i]!, request: requestText(otherMethod(promises[i]!.request)) })),
            ]),
          runtime.parent,
        );
        const failures = promises.flatMap((p, i) => {
          const diffs = compareSip(p, parseResponse(Buffer.from(answers[i]!, "utf8")));
          return diffs.length ? [`${kept[i]!.c.name}: ${diffs.join("; ")}`] : [];
        });
        refusals.forEach(({ name, i }, k) => {
          const live = parseResponse(Buffer.from(answers[promises.length + k]!, "utf8"));
          const allow = live.headers.filter(([n]) => n.toLowerCase() === "allow").map(([, v]) => v);
          if (live.status !== 405 || allow.join() !== promises[i]!.request.method)
            failures.push(`${name}: got ${live.status} with Allow ${JSON.stringify(allow)}`);
        });
        assert.deepEqual(failures, [], `${target.id}: ${failures.length} of ${promises.length + refusals.length} calls differ`);
        passed = true;
      } finally {
        recordResults(`handler-${target.id}`, { cases: promises.length + refusals.length, passed, how: runtime.handler.how });
      }
    });
  }
});
