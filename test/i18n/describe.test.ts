/**
 * A language's codes.json drops in: where it describes a code, the card, the page and --format json
 * print its text (checked here with a stand-in catalogue, so it holds before the real files exist).
 */
import assert from "node:assert/strict";
import { describe as suite, it } from "node:test";
import { loadProtocol } from "../../protocols/index.js";
import { generate } from "../../src/generate.js";
import { Messages } from "../../src/i18n/catalog.js";
import { toCard } from "../../src/output/card.js";
import { toJson } from "../../src/output/json.js";
import { describe } from "../../src/output/localize.js";
import { toMarkdown } from "../../src/output/markdown.js";

/** Vietnamese messages whose codes.json describes 202 only. */
class StandIn extends Messages {
  description(protocol: string, code: number): string | undefined {
    return protocol === "sip" && code === 202 ? "Mô tả thử nghiệm của 202." : undefined;
  }
}

const sip = await loadProtocol("sip");
const generated = (code: number, allowUnknown = false) =>
  generate({
    protocol: sip,
    code,
    targets: [],
    style: "handler",
    numeric: false,
    prettier: false,
    overrides: { body: { kind: "model" }, headers: [], route: "" },
    skipUnsupported: true,
    allowUnknown,
  });

suite("descriptions", () => {
  const vi = new StandIn("vi");

  it("come from the language's catalogue into the card, the page and the JSON", async () => {
    const g = await generated(202);
    assert.equal(describe(vi, sip, g.entry), "Mô tả thử nghiệm của 202.");
    assert.equal(JSON.parse(toJson(g, vi)).description, "Mô tả thử nghiệm của 202.");
    assert.ok(toMarkdown(g, new Date(0), vi).includes("\nMô tả thử nghiệm của 202.\n"));
    assert.ok(toCard(g, [], new Date(0), vi).includes("\nMô tả thử nghiệm của 202.\n"));
  });

  it("stay the model's English where the catalogue lacks one, and English never reads a catalogue", async () => {
    const g = await generated(200);
    assert.equal(describe(vi, sip, g.entry), g.entry.description);
    assert.equal(describe(new Messages("en"), sip, g.entry), g.entry.description);
  });

  it("of a code outside the model (--allow-unknown) are the catalogue's sentence in the language", async () => {
    const g = await generated(299, true);
    const text = describe(vi, sip, g.entry);
    assert.notEqual(text, g.entry.description);
    assert.ok(text.startsWith("299 ") && text.includes("(200)"), text);
  });
});
