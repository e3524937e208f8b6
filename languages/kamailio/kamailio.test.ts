/** Kamailio's string helper, evaluated by Kamailio itself on the wire: hostile strings and random SIP text. */
import { describe, it } from "node:test";
import fc from "fast-check";
import { RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS } from "../../test/helpers/hostile.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { kamailio } from "./kamailio.js";

const skip = skipWhenMissing(checks.evaluate.missing());
/** What a SIP header value or text body may hold here: no control character but tab, CR and LF. */
const SIP_TEXT = /^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$/;

describe("kamailio string() evaluates to exactly the input", () => {
  it("hostile strings ($, $$, $(x), quotes, backslashes, CR LF, UTF-8)", { skip }, () => {
    const inputs = [...HOSTILE_STRINGS.filter((s) => SIP_TEXT.test(s)), "$$", "a$", "$ru $(ru) $hdr(From) $var(x)", "\\$x", 'end\\"'];
    assertSameStrings(checks.evaluate.strings(inputs.map(kamailio.string)), inputs);
  });

  it(`random SIP text (seed ${SEED}; replay: SNIPGEN_FUZZ_SEED=${SEED})`, { skip }, () => {
    const unit = fc.oneof(fc.constantFrom("$", "\\", '"', "\r", "\n", "\t", "(", ")", "{", "}", "é", "😀"), fc.string({ minLength: 1, maxLength: 1 }));
    const values = sample(fc.string({ unit, maxLength: 30 }), Math.min(RUNS, 200), SEED + 11).filter((s) => SIP_TEXT.test(s));
    assertSameStrings(checks.evaluate.strings(values.map(kamailio.string)), values);
  });
});
