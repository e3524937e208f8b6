/**
 * HTTP's test cases: the golden files each HTTP target keeps, and the parse corpus (every code of the
 * model, the runtime matrix's hostile bodies, headers, methods and routes, and layout edges).
 */
import fc from "fast-check";
import { compactJson } from "../../../src/json/ordered-json.js";
import { jsonValue } from "../../../test/helpers/arbitraries.js";
import { protocolOf, registeredTargets } from "../../../test/helpers/registry.js";
import type { Variant } from "../../../test/helpers/protocol-cases.js";
import { runtimeCases } from "../../../test/runtime/cases.js";

const GOLDEN_CODES = [200, 201, 202, 204, 301, 303, 307, 401, 404, 405, 418, 429, 500, 503];
const ADVERSARIAL = {
  message: `"quoted" 'string' \\ back\\slash`,
  js: "${process.env.HOME}",
  ruby: "#{system('id')} #@x",
  shell: "$x $(id) `id`",
  comment: '*/ -- ?> """',
  lines: "one\ntwo\r\n\tthree\u2028four",
  unicode: "café 😀 漢字",
  nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
};

export const idiomKinds = ["plain", "created", "redirect", "no content", "405", "problem", "path param", "unsafe", "1xx", "listen"];

/** Beyond the codes: an adversarial body, path parameters, and RFC 9457 problem details. */
export const golden: Variant[] = [
  ...GOLDEN_CODES.map((code) => ({ name: String(code), code, args: [] })),
  { name: "adversarial", code: 200, args: [`--body=${JSON.stringify(ADVERSARIAL)}`] },
  { name: "params", code: 200, args: ["--route", "/users/{user_id}/posts/{post_id}"] },
  { name: "problem", code: 404, args: ["--problem", "--route", "/items/{item_id}"] },
  { name: "problem-422", code: 422, args: ["--problem"] },
];

/**
 * Bodies at the edges of line layout (for the languages whose layout snipgen does itself: black's
 * 88 columns for Python, RuboCop's for Ruby): a string just too long for its line, one entry alone,
 * characters black counts as two columns or as one (combining marks), numbers black rewrites.
 */
export const LAYOUT_BODIES: Record<string, unknown> = {
  "string-77": "a".repeat(77),
  "string-120": "a".repeat(120),
  "single-entry": { k: "a".repeat(85) },
  "single-nested": [Array.from({ length: 40 }, (_, i) => i)],
  "single-in-many": { a: 1, b: ["a".repeat(85)], c: { d: { e: "b".repeat(70) } } },
  "wide-emoji": { k: "\u2614".repeat(36), rocket: "\u{1f680}".repeat(3) },
  "wide-cjk": { k: "漢".repeat(38) },
  combining: { k: "e\u0301".repeat(36) },
  numbers: [1e300, -0, 0.1, 1e5, 1e21, 1.5e-7, 5e-324, -12.5e3],
};

let cached: Variant[] | undefined;

/** Every code of the model, then the runtime matrix's other cases, then methods the matrix does not use. */
export function variants(): Variant[] {
  if (cached) return cached;
  const codes: Variant[] = protocolOf("http").codes.map((c) => ({ name: `code-${c.code}`, code: c.code, args: [] }));
  // The matrix's cases other than its codes are the same for every target: take the first registered one's.
  const extra = runtimeCases(registeredTargets("http")[0]!)
    .filter((c) => !c.name.startsWith("code-"))
    .map((c) => ({ name: c.name, code: c.code, args: c.args }));
  extra.push({ name: "method-patch", code: 200, args: ["--method", "PATCH", "--route", "/v1/items/item-7"] });
  extra.push({ name: "method-options", code: 204, args: ["--method", "OPTIONS"] });
  extra.push({ name: "path-params", code: 201, args: ["--route", "/orgs/{org_id}/members/{member}"] });
  for (const code of [400, 404, 409, 500]) extra.push({ name: `problem-${code}`, code, args: ["--problem", "--route", "/items/{item_id}"] });
  extra.push({ name: "redirect-with-body", code: 302, args: ["--body", '{"to":"/x"}'] });
  extra.push({ name: "code-202-numeric", code: 202, args: ["--numeric"] });
  extra.push({ name: "code-103-numeric", code: 103, args: ["--numeric", "-H", "Link: </style.css>; rel=preload; as=style"] });
  for (const [name, body] of Object.entries(LAYOUT_BODIES)) extra.push({ name: `layout-${name}`, code: 200, args: ["--body", JSON.stringify(body)] });
  extra.push({ name: "layout-long-header", code: 200, args: ["-H", `X-Long: ${"v".repeat(70)}`, "-H", "X-Short: s"] });
  // Routes long enough to push decorators and url patterns past black's 88 columns, at each breaking point.
  for (const length of [50, 56, 60, 70, 76, 84, 100]) {
    const route = "/" + "r".repeat(length - 1);
    extra.push({ name: `layout-route-${length}`, code: 200, args: ["--route", route] });
    extra.push({ name: `layout-route-${length}-post`, code: 201, args: ["--route", route, "--method", "POST"] });
  }
  return (cached = [...codes, ...extra]);
}

// Static segments and {name} parameters (each name once per route).
const segmentArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).map((name) => `{p_${name}}`),
);
const routeArb = fc
  .array(segmentArb, { minLength: 0, maxLength: 5 })
  .map((parts) => parts.filter((p, i) => !p.startsWith("{") || parts.indexOf(p) === i))
  .map((parts) => "/" + parts.join("/"));
const headerValueArb = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim());

/** Random bodies (or, for 4xx and 5xx, RFC 9457 problems), routes, header values and methods. */
export const fuzz = fc
  .record({
    body: jsonValue,
    route: routeArb,
    header: headerValueArb,
    method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
    code: fc.constantFrom(200, 201, 202, 301, 307, 400, 404, 418, 422, 500, 503),
    problem: fc.boolean(),
  })
  .map((r) => ({
    code: r.code,
    args: [
      "--method",
      r.method,
      "--route",
      r.route,
      "-H",
      `X-Fuzz: ${r.header}`,
      ...(r.problem && r.code >= 400 ? ["--problem"] : [`--body=${compactJson(r.body)}`]),
    ],
  }));
