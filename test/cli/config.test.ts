/**
 * Project defaults (.snipgenrc.json, package.json "snipgen") and the project's prettier configuration,
 * through the CLI as a process started in a temporary project folder.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { LANGUAGES, loadLanguage, type Language } from "../../languages/index.js";
import type { Target } from "../../src/registry/types.js";
import { registeredTargets } from "../helpers/registry.js";
import { snipgen } from "../helpers/snipgen.js";

const HTTP = registeredTargets("http");
const SIP = registeredTargets("sip");
const LANGUAGE = new Map(await Promise.all(LANGUAGES.map(async (l) => [l, await loadLanguage(l)] as const)));
const prettierOf = (t: Target) => LANGUAGE.get(t.language as Language)!.prettier;
/** A target prettier formats with its JavaScript parser (babel), and one printed as templated. */
const PRETTIER_JS = HTTP.find((t) => prettierOf(t)?.parser === "babel")!;
const PLAIN = HTTP.find((t) => !prettierOf(t))!;
const [FIRST, SECOND] = [HTTP[0]!, HTTP[1]!];

const roots: string[] = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project folder with `files` (path → content) and a sub-folder to run in. */
function project(files: Record<string, string>): { root: string; sub: string } {
  const root = mkdtempSync(join(tmpdir(), "snipgen-config-"));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const sub = join(root, "src", "deep");
  mkdirSync(sub, { recursive: true });
  return { root, sub };
}

const run = (cwd: string, args: string[]) => snipgen(args, { cwd });
function ok(cwd: string, args: string[]): string {
  const r = run(cwd, args);
  assert.equal(r.status, 0, `snipgen ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}
const json = (cwd: string, args: string[]) => JSON.parse(ok(cwd, [...args, "--format", "json"]));
const noConfigHere = mkdtempSync(join(tmpdir(), "snipgen-none-"));
roots.push(noConfigHere);

describe("project defaults", () => {
  it("a .snipgenrc.json above the working folder sets frameworks, style, route, method and numeric", () => {
    const rc = { frameworks: [FIRST.id, SECOND.id], style: "app", route: "/orders/{order_id}", method: "PUT", numeric: true };
    const { sub } = project({ ".snipgenrc.json": JSON.stringify(rc) });
    const doc = json(sub, ["200"]);
    assert.deepEqual(
      doc.snippets.map((s: { framework: string }) => s.framework),
      [FIRST.id, SECOND.id],
    );
    assert.ok(doc.snippets.every((s: { style: string }) => s.style === "app"));
    assert.equal(doc.route, "/orders/{order_id}");
    assert.equal(doc.method, "PUT");
    // The same as the flags would print.
    assert.equal(
      ok(sub, ["200"]),
      ok(noConfigHere, ["200", "-f", `${FIRST.id},${SECOND.id}`, "--style", "app", "--route", "/orders/{order_id}", "--method", "PUT", "--numeric"]),
    );
  });

  it("flags win, and --no-config ignores the file", () => {
    const { sub } = project({ ".snipgenrc.json": JSON.stringify({ frameworks: [FIRST.id], style: "app" }) });
    assert.equal(ok(sub, ["202", "-f", SECOND.id, "--style", "handler"]), ok(noConfigHere, ["202", "-f", SECOND.id]));
    assert.equal(ok(sub, ["202", "--no-config"]), ok(noConfigHere, ["202"]), "the card, as without a file");
    assert.equal(ok(sub, ["202", "--all", "--format", "json"]), ok(noConfigHere, ["202", "--all", "--style", "app", "--format", "json"]));
  });

  it("reads the snipgen key of package.json, and the nearest file wins", () => {
    const { root, sub } = project({ "package.json": JSON.stringify({ name: "app", snipgen: { frameworks: [FIRST.id] } }) });
    assert.equal(ok(sub, ["202"]), ok(noConfigHere, ["202", "-f", FIRST.id]));
    writeFileSync(join(root, "src", ".snipgenrc.json"), JSON.stringify({ frameworks: [SECOND.id] }));
    assert.equal(ok(sub, ["202"]), ok(noConfigHere, ["202", "-f", SECOND.id]));
    // A package.json without the key is passed over.
    const plain = project({ ".snipgenrc.json": JSON.stringify({ frameworks: [SECOND.id] }), "src/package.json": "{}" });
    assert.equal(ok(plain.sub, ["202"]), ok(noConfigHere, ["202", "-f", SECOND.id]));
  });

  it("a protocol's frameworks, route and method do not follow a run of another protocol; list and codes take the protocol", () => {
    const { sub } = project({ ".snipgenrc.json": JSON.stringify({ frameworks: [FIRST.id], route: "/x/{id}" }) });
    assert.equal(ok(sub, ["sip", "486"]), ok(noConfigHere, ["sip", "486"]));
    if (SIP.length) {
      const sip = project({ ".snipgenrc.json": JSON.stringify({ protocol: "sip", frameworks: [SIP[0]!.id] }) });
      assert.equal(ok(sip.sub, ["486"]), ok(noConfigHere, ["sip", "486", "-f", SIP[0]!.id]));
      assert.equal(ok(sip.sub, ["list"]), ok(noConfigHere, ["list", "--protocol", "sip"]));
      assert.equal(ok(sip.sub, ["codes"]), ok(noConfigHere, ["codes", "--protocol", "sip"]));
      assert.equal(ok(sip.sub, ["http", "200"]), ok(noConfigHere, ["200"]));
    }
  });

  const bad: [string, string, RegExp][] = [
    ["not JSON", "{frameworks:", /\.snipgenrc\.json: not valid JSON/],
    ["not an object", "[1]", /\.snipgenrc\.json: must be a JSON object/],
    ["an unknown key", JSON.stringify({ colour: "blue" }), /\.snipgenrc\.json: unknown key "colour"/],
    ["a bad style", JSON.stringify({ style: "module" }), /\.snipgenrc\.json: "style" must be one of handler, app/],
    ["frameworks as a string", JSON.stringify({ frameworks: "flask" }), /\.snipgenrc\.json: "frameworks" must be a list/],
    ["numeric as a string", JSON.stringify({ numeric: "yes" }), /\.snipgenrc\.json: "numeric" must be true or false/],
    ["an unknown framework", JSON.stringify({ frameworks: ["no-such-framework"] }), /unknown framework "no-such-framework"/],
  ];
  for (const [what, content, message] of bad) {
    it(`a file with ${what} is exit 2 naming the file and the key, and --no-config still runs`, () => {
      const { root, sub } = project({ ".snipgenrc.json": content });
      const r = run(sub, ["202"]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, message);
      assert.equal(r.stderr.split("\n").length, 2, "one line");
      if (!/unknown framework/.test(what)) assert.ok(r.stderr.includes(join(root, ".snipgenrc.json")), r.stderr);
      assert.equal(run(sub, ["202", "--no-config"]).status, 0);
    });
  }
});

describe("the project's prettier configuration", () => {
  const plainOutput = ok(noConfigHere, ["201", "-f", PRETTIER_JS.id]);

  it(`${PRETTIER_JS.id} output follows .prettierrc (semi, quotes, indent); --no-config keeps snipgen's style`, () => {
    const { sub } = project({ ".prettierrc.json": JSON.stringify({ semi: false, singleQuote: true, tabWidth: 4 }) });
    const out = ok(sub, ["201", "-f", PRETTIER_JS.id]);
    assert.notEqual(out, plainOutput);
    assert.doesNotMatch(out, /;\n/, "no semicolons");
    assert.match(out, /'/);
    assert.match(out, /\n {4}\S/);
    assert.equal(ok(sub, ["201", "-f", PRETTIER_JS.id, "--no-config"]), plainOutput);
  });

  it("follows .editorconfig", () => {
    const { sub } = project({ ".editorconfig": "root = true\n\n[*]\nindent_style = tab\n" });
    const out = ok(sub, ["201", "-f", PRETTIER_JS.id]);
    assert.match(out, /\n\t\S/);
    assert.equal(out.replace(/\t/g, "  "), plainOutput);
  });

  it("with --out, the configuration of the folder written into", () => {
    const { root } = project({ "web/.prettierrc.json": JSON.stringify({ semi: false }) });
    ok(noConfigHere, ["201", "-f", PRETTIER_JS.id, "--out", join(root, "web")]);
    const written = readFileSync(join(root, "web", PRETTIER_JS.id, PRETTIER_JS.filename.handler), "utf8");
    assert.doesNotMatch(written, /;\n/);
  });

  it("leaves the languages prettier does not format in their standard style", () => {
    const { sub } = project({ ".prettierrc.json": JSON.stringify({ tabWidth: 8, useTabs: true }) });
    assert.equal(ok(sub, ["201", "-f", PLAIN.id]), ok(noConfigHere, ["201", "-f", PLAIN.id]));
  });

  it("a broken prettier configuration is exit 2 naming it", () => {
    const { sub } = project({ ".prettierrc.json": "{semi:" });
    const r = run(sub, ["201", "-f", PRETTIER_JS.id]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^snipgen: the prettier configuration for .* cannot be read .*--no-config ignores it\n$/);
  });
});
