import fc from "fast-check";
import { compactJson } from "../../src/json/ordered-json.js";
import type { Target } from "../../src/registry/types.js";
import { jsonValue, SEED } from "../helpers/arbitraries.js";
import { answerable, protocolOf } from "../helpers/registry.js";
/**
 * The runtime matrix: which snipgen invocations every framework must answer correctly when run for real.
 * Each case gets a route of its own, so a host may serve many cases from one process.
 */
export interface RuntimeCase {
  /** Short unique name, used in messages and as part of the route. */
  name: string;
  code: number;
  /** Extra snipgen arguments (body, headers, method, route). */
  args: string[];
}

/** The matrix; the runtime layer runs every code of the model, these included. */
export const RUNTIME_CODES = [200, 201, 202, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 451, 500, 501, 503, 504];

/** Every code of the model the target can answer (1xx only where it sends interim responses; 101 never). */
export function codesFor(target: Target): number[] {
  const all = protocolOf(target.protocol)
    .codes.map((c) => c.code)
    .filter((code) => answerable(target, code));
  for (const code of RUNTIME_CODES) if (!all.includes(code)) throw new Error(`${target.id} cannot answer ${code}`);
  return all;
}

/** Bodies that break naive code generators: every JSON type, quoting, interpolation syntaxes, separators. */
export const HOSTILE_BODIES: Record<string, unknown> = {
  nested: { items: [1, [2, [3, { deep: true }]], { "": null }], count: -12.5e3, ok: false, none: null, list: [] },
  quotes: { message: `"double" 'single' \`back\` \\ backslash \\n not-a-newline`, 'key "with" quotes': "'" },
  interpolation: {
    js: "${process.exit(1)}",
    ruby: "#{exit!} #@x #$y",
    shell: "$HOME $(id)",
    python: "{0} %s {{x}}",
    php: "<?php ?>",
    comment: "*/ /* -- # //",
  },
  whitespace: { text: "line1\nline2\r\n\ttabbed\u0000nul\u0007bell\u001besc", separators: "a\u2028b\u2029c\u0085d" },
  unicode: { ключ: "значение", emoji: "😀 🇻🇳", cjk: "漢字テスト", rtl: "שלום", zero_width: "a\u200bb\ufeffc", combining: "e\u0301" },
  toplevel_array: [{ id: 1 }, { id: 2 }],
  toplevel_string: 'just a "string"',
  key_order: { zulu: 1, alpha: 2, mike: 3, "10": "numeric-looking key", "2": "another" },
  proto: { __proto__: { polluted: true }, constructor: "c", toString: "t" } as unknown,
};

function fixProto(): unknown {
  // A literal __proto__ key in an object literal sets the prototype; build the hostile value by parsing JSON.
  return JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c", "toString": "t"}');
}
HOSTILE_BODIES.proto = fixProto();

/** Random bodies each runtime run adds to the matrix. */
export const RANDOM_BODIES = 5;

export function runtimeCases(target: Target): RuntimeCase[] {
  const cases: RuntimeCase[] = codesFor(target).map((code) => ({ name: `code-${code}`, code, args: [] }));
  for (const [name, body] of Object.entries(HOSTILE_BODIES)) {
    cases.push({ name: `body-${name}`, code: 200, args: ["--body", JSON.stringify(body)] });
  }
  cases.push({ name: "header-retry-after", code: 503, args: ["-H", "Retry-After: 120"] });
  cases.push({ name: "header-custom", code: 202, args: ["-H", "X-Request-Id: \"quoted\" 'single' \\ ${x} #{y}", "-H", "Location: /tasks/42"] });
  cases.push({ name: "post-other-route", code: 201, args: ["--method", "POST", "--route", "/orders/new-order"] });
  cases.push({ name: "put-no-body", code: 200, args: ["--method", "PUT", "--no-body"] });
  cases.push({ name: "delete-numeric", code: 410, args: ["--method", "DELETE", "--numeric"] });
  cases.push({ name: "root-route", code: 200, args: ["--route", "/"] });
  cases.push({ name: "options-method", code: 204, args: ["--method", "OPTIONS", "--route", "/opts"] });
  cases.push({
    name: "patch-long-route",
    code: 202,
    args: ["--method", "PATCH", "--route", "/api/v1/organizations/org-42/members/member_7/invitations/accept.json"],
  });
  // Path parameters, RFC 9457 problem details, and the response helpers' edges.
  cases.push({ name: "path-params", code: 200, args: ["--route", "/case/items/{item_id}/parts/{part}"] });
  cases.push({ name: "created-path-param", code: 201, args: ["--route", "/case/users/{user_id}/orders"] });
  cases.push({ name: "problem-404", code: 404, args: ["--problem"] });
  cases.push({ name: "problem-param", code: 422, args: ["--problem", "--route", "/case/orders/{order_id}"] });
  cases.push({ name: "problem-header", code: 503, args: ["--problem", "-H", "Retry-After: 30"] });
  cases.push({ name: "redirect-query", code: 302, args: ["-H", "Location: /next?a=1&b=2#top"] });
  cases.push({ name: "redirect-with-body", code: 308, args: ["--body", '{"moved":"/v2"}'] });
  cases.push({ name: "created-no-body", code: 201, args: ["--no-body"] });
  cases.push({ name: "see-other-get", code: 303, args: ["--method", "GET"] });
  // A random sample per run (seeded, printed): JSON-equal on the wire for every language, C# aside.
  const sample = fc.sample(jsonValue, { numRuns: RANDOM_BODIES, seed: SEED + target.id.length });
  console.log(`# runtime ${target.id}: ${RANDOM_BODIES} random bodies, seed ${SEED} (replay: SNIPGEN_FUZZ_SEED=${SEED})`);
  sample.forEach((body, i) => cases.push({ name: `random-body-${i}`, code: 200, args: [`--body=${compactJson(body)}`] }));
  return cases.map((c, i) => (c.args.includes("--route") ? c : { ...c, args: [...c.args, "--route", `/case/${i}-${c.name}`] }));
}
