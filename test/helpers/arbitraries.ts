import fc from "fast-check";
import type { JsonValue } from "../../src/json/ordered-json.js";
import { validateBodyValue } from "../../protocols/http/response.js";

// Random inputs shared by the property tests and the runtime layer's per-run sample.
// SNIPGEN_FUZZ_SEED replays a run; otherwise each run draws a new seed, which is printed.
export const SEED = Number(process.env.SNIPGEN_FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Cases per property (CI: 1000). */
export const RUNS = Number(process.env.SNIPGEN_FUZZ_RUNS ?? 1000);

const FRAGMENTS = [
  '"',
  "'",
  "`",
  "\\",
  "${",
  "#{",
  "#@",
  "#$",
  "$name",
  "{{",
  "}}",
  "*/",
  "/*",
  '"""',
  "?>",
  "<?php",
  "\n",
  "\r\n",
  "\t",
  "\0",
  "\u2028",
  "\u2029",
  "\u0085",
  "\ufeff",
  "\u200b",
  "😀",
  "\u{10ffff}",
  "e\u0301",
  "%s",
  "\\u000a",
  "\\u0022",
];

/** Strings built from every Unicode code point (no lone surrogates) and the fragments that break escapers. */
export const hostileString = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary-ascii", maxLength: 4 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""))
  .filter((s) => !/\p{Cs}/u.test(s));

export const jsonValue: fc.Arbitrary<JsonValue> = fc
  .letrec<{ value: JsonValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
      hostileString,
      fc.array(tie("value"), { maxLength: 5 }),
      fc
        .array(fc.tuple(fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "", "2", "10")), tie("value")), { maxLength: 5 })
        .map((entries) => new Map(entries)),
    ),
  }))
  .value.filter((v) => {
    try {
      validateBodyValue(v);
      return true;
    } catch {
      return false;
    }
  });

/** Header values: printable ASCII, as HTTP allows them. */
export const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
