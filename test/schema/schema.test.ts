/**
 * The JSON contract (schema/snipgen.schema.json) against what snipgen prints: every protocol's codes
 * for one target, every target for a few codes in both styles, the cases that add fields (1xx with a
 * final response, refusals, SIP bodies, files), `list` and `codes`; and the schema must refuse
 * documents that break the contract, so it cannot pass everything.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { run } from "../../src/cli/main.js";
import { LANGS } from "../../src/i18n/languages.js";
import { SCHEMA_URL, SCHEMA_VERSION } from "../../src/output/json.js";
import { ALL_TARGETS, answerable, PROTOCOLS, registeredTargets, targetsOf } from "../helpers/registry.js";
import { ROOT } from "../helpers/snipgen.js";

const schema = JSON.parse(readFileSync(`${ROOT}schema/snipgen.schema.json`, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const validateList = ajv.getSchema(`${schema.$id}#/$defs/targetList`)!;
const validateCodes = ajv.getSchema(`${schema.$id}#/$defs/codeList`)!;

async function printed(argv: string[]): Promise<unknown> {
  const out = await run([...argv, "--format", "json"]);
  assert.equal(out.exitCode, 0, `snipgen ${argv.join(" ")}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

function assertValid(check: typeof validate, doc: unknown, what: string): void {
  const ok = check(doc);
  assert.ok(ok, `${what}: ${ajv.errorsText(check.errors, { separator: "\n  " })}`);
}

describe("the JSON schema", () => {
  it("is the one the output names, at the output's version", async () => {
    assert.equal(schema.$id, SCHEMA_URL);
    assert.equal(schema.properties.version.const, SCHEMA_VERSION);
    const doc = (await printed(["202", "-f", ALL_TARGETS[0]!.id, "--protocol", ALL_TARGETS[0]!.protocol])) as Record<string, unknown>;
    assert.equal(doc.$schema, SCHEMA_URL);
    assert.equal(doc.version, SCHEMA_VERSION);
  });

  for (const protocol of PROTOCOLS) {
    const targets = targetsOf(protocol.id);
    if (!targets.length) continue;
    it(`${protocol.id}: every code, for a target that can send it and for the whole page`, async () => {
      for (const { code } of protocol.codes) {
        const target = targets.find((t) => answerable(t, code));
        if (target) assertValid(validate, await printed([String(code), "-p", protocol.id, "-f", target.id, "--style", "app"]), `${code} -f ${target.id}`);
        assertValid(validate, await printed([String(code), "-p", protocol.id, "--all"]), `${code} --all`);
      }
    });
    it(`${protocol.id}: every target in both styles, list and codes`, async () => {
      for (const t of targets) {
        for (const style of ["handler", "app"])
          assertValid(validate, await printed(["200", "-p", protocol.id, "-f", t.id, "--style", style]), `200 -f ${t.id} --style ${style}`);
      }
      assertValid(validateList, await printed(["list", "-p", protocol.id]), "list");
      assertValid(validateCodes, await printed(["codes", "-p", protocol.id]), "codes");
    });
  }

  it("holds in every language (--lang translates the description, never a field name or a token)", async () => {
    for (const lang of LANGS) {
      for (const protocol of PROTOCOLS) {
        const target = targetsOf(protocol.id)[0];
        if (!target) continue;
        assertValid(validate, await printed(["200", "-p", protocol.id, "-f", target.id, "--lang", lang]), `${protocol.id} 200 --lang ${lang}`);
        assertValid(validateCodes, await printed(["codes", "-p", protocol.id, "--lang", lang]), `codes --lang ${lang}`);
      }
    }
  });

  it("refuses documents that break the contract", async () => {
    type Doc = Record<string, unknown> & { response: { headers: unknown[] }; snippets?: Record<string, unknown>[] };
    // An HTTP document (one of the broken ones gives it a SIP request).
    const good = (await printed(["201", "-f", registeredTargets("http")[0]!.id, "--style", "app"])) as Doc;
    assertValid(validate, good, "the unchanged document");
    const broken: [string, (d: Doc) => void][] = [
      ["no snippets field", (d) => delete d.snippets],
      ["an unknown field", (d) => (d.extra = 1)],
      ["a header with a line break", (d) => d.response.headers.push(["X-A", "one\r\ntwo"])],
      ["a header as an object", (d) => d.response.headers.push({ name: "X-A" })],
      ["a code out of range", (d) => (d.code = 700)],
      ["another version", (d) => (d.version = 2)],
      ["a snippet without files", (d) => delete d.snippets![0]!.files],
      ["an unknown style", (d) => (d.snippets![0]!.style = "module")],
      ["an HTTP document with a SIP request", (d) => (d.request = { method: "INVITE", uri: "sip:a@b", headers: [] })],
    ];
    for (const [what, change] of broken) {
      const doc = structuredClone(good);
      change(doc);
      assert.equal(validate(doc), false, `the schema accepts ${what}`);
    }
  });
});
