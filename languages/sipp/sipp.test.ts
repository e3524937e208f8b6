/** sipp's helpers: attribute strings evaluated by an XML parser; CDATA text refused where sipp would change it. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertSameStrings } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS } from "../../test/helpers/hostile.js";
import checks from "./checks.js";
import { cdataText, sipp } from "./sipp.js";

/** XML 1.0 cannot hold these characters at all, escaped or not. */
const XML_CHAR = /^[\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe("sipp helpers", () => {
  it("string(): hostile strings come back from an XML parser unchanged", () => {
    const inputs = HOSTILE_STRINGS.filter((s) => XML_CHAR.test(s));
    assertSameStrings(checks.evaluate.strings(inputs.map(sipp.string)), inputs);
  });

  it("cdata(): writes CRLF as a line break and refuses what sipp would change", () => {
    assert.equal(cdataText("v=0\r\ns=-\r\n"), "v=0\ns=-\n");
    assert.equal(cdataText('café "q" $x #{y} <x/> &amp;'), 'café "q" $x #{y} <x/> &amp;');
    for (const bad of ["[last_Via:]", "a]]>b", "lone\nlf", "lone\rcr", " lead", "x\r\n\tindented"])
      assert.throws(() => cdataText(bad), /sipp cannot send/, bad);
  });
});
