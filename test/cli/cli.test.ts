import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import { describe, it } from "node:test";
import { LANGUAGES, loadLanguage, type Language } from "../../languages/index.js";
import { parseJson } from "../../src/json/ordered-json.js";
import { editDistance } from "../../src/registry/targets.js";
import type { Target } from "../../src/registry/types.js";
import { PROTOCOLS, registeredTargets, targetDir } from "../helpers/registry.js";
import { snipgen } from "../helpers/snipgen.js";

// Targets are picked by what they are, never by id: the CLI lists and prints every registered one.
const TARGETS = registeredTargets("http");
const LANGUAGE = new Map(await Promise.all(LANGUAGES.map(async (l) => [l, await loadLanguage(l)] as const)));
const lang = (t: Target) => LANGUAGE.get(t.language as Language)!;
/** A target whose output is printed as its template writes it (no prettier), so a user template prints verbatim. */
const PLAIN = TARGETS.find((t) => !lang(t).prettier)!;
/** A target that sends 103 Early Hints, and one that cannot. */
const INTERIM = TARGETS.find((t) => t.interim.codes.includes(103))!;
const NO_INTERIM = TARGETS.find((t) => !t.interim.codes.includes(103))!;
/** A target that cannot hold some Location values exactly (target.json "unsayable"). */
const PICKY_LOCATION = TARGETS.find((t) => t.unsayable?.some((r) => r.header === "location"))!;
/** A target with a constant for 202, and one known by an alias. */
const WITH_CONSTANT = TARGETS.find((t) => t.constants()["202"])!;
const WITH_FILES = TARGETS.find((t) => existsSync(join(targetDir(t), "files")))!;
/** A target's files/ folder as {path, content}, read here independently of the registry. */
const filesOf = (t: Target): { path: string; content: string }[] => {
  const root = join(targetDir(t), "files");
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort()
    .map((path) => ({ path, content: readFileSync(join(root, path), "utf8") }));
};
const ALIASED = TARGETS.find((t) => t !== TARGETS[0] && t.aliases.length)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A misspelt id whose nearest id or alias is that id alone, so the CLI must suggest it. */
const [TYPO, TYPO_OF] = (() => {
  const names = TARGETS.flatMap((t) => [t.id, ...t.aliases]);
  for (const t of TARGETS) {
    const wrong = t.id.slice(0, -1);
    const distances = names.map((n) => editDistance(wrong, n));
    const best = Math.min(...distances);
    if (!names.includes(wrong) && distances.filter((d) => d === best).length === 1 && names[distances.indexOf(best)] === t.id) return [wrong, t.id];
  }
  throw new Error("no target id can be misspelt unambiguously");
})();

/** Bad input: exit code 2, nothing on stdout, exactly one line on stderr matching `message`. */
function rejects(args: string[], message: RegExp): void {
  const r = snipgen(args);
  assert.equal(r.status, 2, `snipgen ${args.join(" ")} should exit 2; stderr: ${r.stderr}`);
  assert.equal(r.stdout, "", "nothing on stdout");
  const lines = r.stderr.split("\n").filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got: ${r.stderr}`);
  assert.match(lines[0]!, /^snipgen: /);
  assert.match(lines[0]!, message);
}

function ok(args: string[]): string {
  const r = snipgen(args);
  assert.equal(r.status, 0, `snipgen ${args.join(" ")} failed: ${r.stderr}`);
  assert.equal(r.stderr, "");
  return r.stdout;
}

/** The style `-f` prints when none is asked for, as the JSON output names it. */
const DEFAULT_STYLE = JSON.parse(ok(["202", "-f", PLAIN.id, "--format", "json"])).snippets[0].style as "handler" | "app";

describe("snipgen <code> -f <framework>", () => {
  it("prints the code alone, ready to paste: exactly the target's golden file", () => {
    for (const t of TARGETS) {
      const golden = join(targetDir(t), "golden", `202-${DEFAULT_STYLE}${extname(t.filename[DEFAULT_STYLE])}`);
      assert.equal(ok(["202", "-f", t.id]), readFileSync(golden, "utf8"), `snipgen 202 -f ${t.id}`);
    }
  });

  it("resolves aliases", () => {
    const aliased = TARGETS.filter((t) => t.aliases.length);
    assert.ok(aliased.length > 0, "no target has an alias");
    for (const t of aliased) {
      const expected = ok(["202", "-f", t.id]);
      for (const alias of t.aliases) assert.equal(ok(["202", "-f", alias]), expected, `${alias} is ${t.id}`);
    }
  });

  it("prints one block per framework for several -f, repeated or comma-separated", () => {
    const [a, b] = [TARGETS[0]!, ALIASED];
    const alias = b.aliases[0]!;
    assert.equal(ok(["404", "-f", `${a.id},${alias}`]), ok(["404", "-f", a.id, "-f", alias]));
    const out = ok(["404", "-f", a.id, "-f", alias]);
    assert.match(out, new RegExp(`^==> ${escape(a.id)} \\(${escape(a.filename[DEFAULT_STYLE])}\\) <==\n`));
    assert.match(out, new RegExp(`\n==> ${escape(b.id)} \\(${escape(b.filename[DEFAULT_STYLE])}\\) <==\n`));
  });

  it("writes numbers instead of constants with --numeric", () => {
    const constant = WITH_CONSTANT.constants()["202"]!;
    const named = ok(["202", "-f", WITH_CONSTANT.id]);
    const numeric = ok(["202", "-f", WITH_CONSTANT.id, "--numeric"]);
    const line = named.split("\n").find((l) => l.includes(constant));
    assert.ok(line, `${WITH_CONSTANT.id} writes ${constant} without --numeric`);
    assert.ok(!numeric.includes(constant), `--numeric still writes ${constant}`);
    assert.ok(numeric.split("\n").includes(line.replace(constant, "202")), `--numeric writes 202 where ${constant} was:\n${numeric}`);
  });

  it("uses the route, method, body and headers given", () => {
    for (const t of TARGETS) {
      const args = ["201", "-f", t.id, "--style", "app", "--method", "post", "--route", "/orders", "--body", '{"id": 7}', "-H", "Location: /orders/7"];
      const doc = JSON.parse(ok([...args, "--format", "json"]));
      assert.equal(doc.route, "/orders");
      assert.equal(doc.method, "POST");
      assert.deepEqual(
        doc.response.headers.find(([n]: [string]) => n === "Location"),
        ["Location", "/orders/7"],
      );
      assert.equal(doc.response.body, '{"id":7}');
      const out = ok(args);
      assert.equal(out, doc.snippets[0].code);
      assert.match(out, /orders/, `${t.id}: the route`);
      assert.match(out, /post/i, `${t.id}: the method`);
      assert.ok(out.includes(lang(t).string("/orders/7")), `${t.id}: the header value as a ${t.language} string`);
      assert.match(out, /\bid\b/, `${t.id}: the body's key`);
      assert.match(out, /\b7\b/, `${t.id}: the body's value`);
    }
  });

  it("answers the code's typical method and derives Location and problem instance from the route", () => {
    const doc = (args: string[]) => JSON.parse(ok([...args, "--format", "json"]));
    assert.deepEqual(
      [201, 204, 405, 409, 200].map((code) => doc([String(code)]).method),
      ["POST", "DELETE", "DELETE", "PUT", "GET"],
    );
    const created = doc(["201", "--route", "/items"]);
    assert.deepEqual(
      created.response.headers.find(([n]: [string]) => n === "Location"),
      ["Location", "/items/abc-123"],
    );
    const problem = doc(["422", "--problem", "--route", "/orders/{order_id}"]);
    assert.equal(problem.path, "/orders/42");
    assert.deepEqual(problem.response.headers[0], ["Content-Type", "application/problem+json"]);
    assert.deepEqual(JSON.parse(problem.response.body), { type: "about:blank", title: "Unprocessable Content", status: 422, instance: "/orders/42" });
    assert.match(ok(["201"]), /^In answer to: POST \/endpoint$/m);
    assert.match(ok(["404", "--route", "/items/{item_id}"]), /^In answer to: GET \/items\/42 {2}\(route \/items\/\{item_id\}\)$/m);
  });

  it("takes a value starting with a dash as --body=VALUE", () => {
    assert.equal(JSON.parse(ok(["200", "-f", PLAIN.id, "--body=-5", "--format", "json"])).response.body, "-5");
    assert.ok(ok(["200", "-f", PLAIN.id, "--body=-5"]).includes(lang(PLAIN).literal(-5, 0, 0, 0)));
  });

  it("refuses absurdly deep nesting with exit 2, not a stack overflow", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-cli-"));
    try {
      writeFileSync(join(dir, "deep.json"), "[".repeat(100000) + "]".repeat(100000));
      rejects(["200", "-f", PLAIN.id, "--body", `@${join(dir, "deep.json")}`], /--body @.*deep\.json: line 1, column 66: nested deeper than 64 levels/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads --body @file", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-cli-"));
    try {
      writeFileSync(join(dir, "body.json"), '{"from": "file"}');
      const doc = JSON.parse(ok(["200", "-f", PLAIN.id, "--body", `@${join(dir, "body.json")}`, "--format", "json"]));
      assert.equal(doc.response.body, '{"from":"file"}');
      assert.ok(doc.snippets[0].code.includes(lang(PLAIN).literal(parseJson('{"from": "file"}'), 0, 0, 0)), doc.snippets[0].code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends 1xx interim responses where the framework can", () => {
    const interim = TARGETS.filter((t) => t.interim.codes.includes(103));
    assert.ok(interim.length > 0, "no target sends 103");
    for (const t of interim) {
      const doc = JSON.parse(ok(["103", "-f", t.id, "--format", "json"]));
      const link = doc.response.headers.find(([n]: [string]) => n === "Link")[1];
      const out = ok(["103", "-f", t.id]);
      assert.ok(out.includes(lang(t).string(link)), `${t.id} sends the Link header:\n${out}`);
      const constant = t.constants()["103"];
      if (constant) assert.ok(out.includes(constant), `${t.id} sends ${constant}`);
    }
  });
});

describe("several -f: every snippet that can be made, one stderr line per refusal", () => {
  it("prints the targets that can answer, notes each refusal on stderr, and exits 0", () => {
    const r = snipgen(["103", "-f", `${INTERIM.id},${NO_INTERIM.id}`]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, `snipgen: ${NO_INTERIM.id} cannot send 103 Early Hints: ${NO_INTERIM.interim.whyNot}\n`);
    assert.match(r.stdout, new RegExp(`^==> ${escape(INTERIM.id)} \\(`));
    assert.doesNotMatch(r.stdout, new RegExp(`==> ${escape(NO_INTERIM.id)} `));
    const json = snipgen(["103", "-f", INTERIM.id, "-f", NO_INTERIM.id, "--format", "json"]);
    const doc = JSON.parse(json.stdout);
    assert.deepEqual(
      doc.snippets.map((s: { framework: string }) => s.framework),
      [INTERIM.id],
    );
    assert.deepEqual(
      doc.unsupported.map((u: { framework: string }) => u.framework),
      [NO_INTERIM.id],
    );
  });

  it("exits 2 with one line per refusal when none can answer, and prints nothing", () => {
    const refusing = TARGETS.filter((t) => !t.interim.codes.includes(103)).slice(0, 2);
    assert.equal(refusing.length, 2, "two targets that cannot send 103");
    const r = snipgen(["103", "-f", refusing[0]!.id, "-f", refusing[1]!.id]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, refusing.map((t) => `snipgen: ${t.id} cannot send 103 Early Hints: ${t.interim.whyNot}\n`).join(""));
  });
});

describe("snipgen <code> (the card)", () => {
  it("shows reason, description, link and the wire response with a matching Content-Length", () => {
    const out = ok(["202"]);
    assert.match(out, /^202 Accepted \(Successful\)\n/);
    assert.match(out, /https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110\.html#section-15\.3\.3/);
    assert.match(
      out,
      /HTTP\/1\.1 202 Accepted\nContent-Type: application\/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nContent-Length: 41\n\n\{"status":"accepted","task_id":"abc-123"\}\n/,
    );
  });

  it("lists only the frameworks that can send the code", () => {
    const snippetsLine = (code: string) => /Snippets: snipgen \d+ -f <framework> {2}\((.*)\)\n/.exec(ok([code]))![1]!.split(", ");
    assert.deepEqual(
      snippetsLine("202"),
      TARGETS.map((t) => t.id),
    );
    const sends103 = TARGETS.filter((t) => t.interim.codes.includes(103)).map((t) => t.id);
    assert.ok(sends103.length > 0 && sends103.length < TARGETS.length, "some targets send 103 and some do not");
    assert.deepEqual(snippetsLine("103"), sends103);
    assert.match(
      ok(["101"]),
      /\nSnippets: no framework can send 101 Switching Protocols exactly\n {10}snipgen 101 --all {2}\(the reference page, which says why for each\)\n$/,
    );
  });

  it("honours SOURCE_DATE_EPOCH and rejects a malformed one", () => {
    assert.match(snipgen(["200"], { env: { SOURCE_DATE_EPOCH: "0" } }).stdout, /Date: Thu, 01 Jan 1970 00:00:00 GMT/);
    const r = snipgen(["200"], { env: { SOURCE_DATE_EPOCH: "yesterday" } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /SOURCE_DATE_EPOCH/);
  });
});

describe("snipgen <code> --all (the reference page)", () => {
  const page = ok(["202", "--all"]);
  /** The page's section of each target, by title. */
  const sections = (text: string) =>
    new Map(
      text
        .split(/^### /m)
        .slice(1)
        .map((s) => [s.slice(0, s.indexOf("\n")), `### ${s.split(/^## /m)[0]}`]),
    );

  it("has the seed's sections in order, in English, one per target in the registry's order", () => {
    // Headings outside the code blocks (a Python or Ruby comment in a snippet also starts with "# ").
    const prose = page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "");
    const headings = prose.split("\n").filter((l) => /^#{1,3} /.test(l));
    assert.deepEqual(headings, [
      "# 202 Accepted",
      "## HTTP response",
      "## Test with curl",
      "## Return 202 Accepted in your framework",
      ...TARGETS.map((t) => `### ${t.title}`),
      "## More HTTP codes",
    ]);
    const orders = TARGETS.map((t) => t.order);
    assert.deepEqual(
      orders,
      [...orders].sort((a, b) => a - b),
      "targets in the order their target.json gives",
    );
  });

  it("shows a wire response whose Content-Length matches the body shown", () => {
    const wire = /```http\n([\s\S]*?)\n```/.exec(page)![1]!;
    const [head, body] = wire.split("\n\n");
    const length = Number(/Content-Length: (\d+)/.exec(head!)![1]);
    assert.equal(length, Buffer.byteLength(body!, "utf8"));
    assert.match(head!, /^HTTP\/1\.1 202 Accepted\nContent-Type: application\/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT/);
  });

  it("tests with curl against the snippet's own route on localhost", () => {
    // 202 answers a POST by default (the model's typical method); the page says so and curl sends one.
    assert.match(page, /The snippets below answer `POST \/endpoint`/);
    assert.match(page, /```sh\ncurl -i -X POST -d '' "http:\/\/localhost:\$\{PORT:-8080\}\/endpoint"\n```/);
    assert.match(ok(["200", "--all", "--method", "PUT", "--route", "/items"]), /curl -i -X PUT -d '' "http:\/\/localhost:\$\{PORT:-8080\}\/items"/);
    // A route with parameters: curl asks the example path.
    assert.match(ok(["404", "--all", "--route", "/items/{item_id}"]), /curl -i "http:\/\/localhost:\$\{PORT:-8080\}\/items\/42"/);
  });

  it("gives every framework a language-tagged block and lists more codes with their command", () => {
    const bySection = sections(page);
    for (const t of TARGETS) {
      const install = t.install ? ` · install: \`${t.install}\`` : "";
      const head = `### ${t.title}\n\n\`${t.filename[DEFAULT_STYLE]}\` · [docs](${t.docs})${install}\n\n\`\`\`${lang(t).fence}\n`;
      assert.ok(
        bySection.get(t.title)?.startsWith(head),
        `${t.id}: expected its section to start with ${JSON.stringify(head)}, got ${JSON.stringify(bySection.get(t.title)?.slice(0, 200))}`,
      );
    }
    assert.match(page, /\| 201 \| Created \| `snipgen 201 --all` \|/);
    assert.doesNotMatch(page, /\| 202 \|/);
  });

  it("notes frameworks that cannot send an interim response instead of printing wrong code", () => {
    const bySection = sections(ok(["103", "--all"]));
    assert.ok(INTERIM && NO_INTERIM, "targets with and without 103 support");
    for (const t of TARGETS) {
      const section = bySection.get(t.title)!;
      if (t.interim.codes.includes(103))
        assert.match(
          section,
          new RegExp(`^### ${escape(t.title)}\n\n\`[^\`]+\` · \\[docs\\]\\([^)]+\\)( · install: \`[^\`]+\`)?\n\n\`\`\`${lang(t).fence}\n`),
          section,
        );
      else assert.ok(section.startsWith(`### ${t.title}\n\nNot available: ${t.id} cannot send 103 Early Hints: ${t.interim.whyNot}`), section);
    }
  });
});

describe("snipgen --format json", () => {
  it("prints the exact response and the snippets", () => {
    const doc = JSON.parse(ok(["201", "-f", PLAIN.id, "--style", "app", "--format", "json"]));
    assert.deepEqual(Object.keys(doc).slice(0, 7), ["$schema", "version", "protocol", "code", "reason", "description", "reference"]);
    assert.equal(doc.protocol, "http");
    assert.deepEqual(doc.response.headers[0], ["Content-Type", "application/json"]);
    assert.equal(doc.response.headers[1][0], "Location");
    assert.equal(doc.response.status, 201);
    assert.equal(typeof doc.response.body, "string");
    assert.deepEqual(Object.keys(doc.snippets[0]), ["framework", "title", "language", "style", "filename", "install", "run", "files", "code"]);
    assert.equal(doc.snippets[0].install, PLAIN.install ?? "");
    assert.equal(doc.snippets[0].run, PLAIN.run ?? "");
    assert.equal(doc.snippets[0].filename, PLAIN.filename.app);
  });

  it("lists the other files an app-style program needs, exactly as the target's files/ folder holds them", () => {
    assert.ok(WITH_FILES, "some target has a files/ folder");
    const app = JSON.parse(ok(["201", "-f", WITH_FILES.id, "--style", "app", "--format", "json"])).snippets[0];
    assert.deepEqual(app.files, filesOf(WITH_FILES));
    assert.ok(app.files.length > 0);
    const handler = JSON.parse(ok(["201", "-f", WITH_FILES.id, "--style", "handler", "--format", "json"])).snippets[0];
    assert.deepEqual(handler.files, [], "a handler is pasted into a project that has its build files already");
  });

  it("has a null body for 204", () => {
    const doc = JSON.parse(ok(["204", "-f", TARGETS.at(-1)!.id, "--format", "json"]));
    assert.equal(doc.response.body, null);
    assert.deepEqual(doc.response.headers, []);
  });
});

describe("snipgen list and codes", () => {
  it("lists frameworks with id, title, language, aliases, formatter", () => {
    const out = ok(["list"]);
    assert.match(out, /^ID\s+TITLE\s+LANGUAGE\s+ALIASES\s+FORMATTER\n/);
    for (const t of TARGETS) {
      const prettier = lang(t).prettier;
      const formatter = prettier ? `prettier (${prettier.parser})` : "none (pre-formatted)";
      const row = [t.id, t.title, t.language, t.aliases.join(", ") || "-", formatter].map(escape).join(" +");
      assert.match(out, new RegExp(`^${row}$`, "m"), `${t.id}'s row`);
    }
    assert.deepEqual(
      JSON.parse(ok(["list", "--format", "json"])).map((t: { id: string }) => t.id),
      TARGETS.map((t) => t.id),
    );
  });

  it("lists codes with reason, class, official and RFC", () => {
    assert.match(ok(["codes"]), /^422 +Unprocessable Content +Client Error +yes +RFC 9110 §15\.5\.21$/m);
    const codes = JSON.parse(ok(["codes", "--format", "json"]));
    assert.ok(codes.some((c: { code: number; official: boolean }) => c.code === 418 && !c.official));
  });

  it("prints help with examples and exit codes", () => {
    const out = ok(["--help"]);
    assert.match(out, /Examples:/);
    assert.match(out, /Exit codes: 0 success, 1 internal or template failure, 2 bad input/);
  });
});

describe("bad input: one line on stderr, nothing on stdout, exit code 2", () => {
  const f = PLAIN.id;
  const table: [string[], RegExp][] = [
    [["abc"], /status code must be a whole number, got "abc"/],
    [["20.5"], /whole number/],
    [["600"], /run from 100 to 599, got 600/],
    [["299"], /299 is not a known HTTP status code; the nearest known: 300 Multiple Choices; run "snipgen codes"/],
    [["250"], /250 is not a known HTTP status code; run "snipgen codes" to list them/],
    [["202", "-f", TYPO], new RegExp(`unknown framework "${escape(TYPO)}" for http: did you mean "${escape(TYPO_OF)}"\\? run "snipgen list"`)],
    [["202", "-f", "cobol"], /unknown framework "cobol".*snipgen list/],
    [["202", "-f", f, "--body", "{bad json}"], /--body: line 1, column 2: invalid JSON/],
    [["202", "-f", f, "--body", "@/nonexistent/body.json"], /--body @\/nonexistent\/body\.json: no such file/],
    [["204", "-f", f, "--body", "{}"], /204 No Content cannot carry a body/],
    [["304", "-f", TARGETS.at(-1)!.id, "--body", "[]"], /304 Not Modified cannot carry a body/],
    [["103", "-f", INTERIM.id, "--body", "{}"], /103 Early Hints cannot carry a body/],
    [["202", "-f", f, "--body", "@/tmp"], /--body @\/tmp: is a directory/],
    [["202", "-f", f, "--body", "{}", "--no-body"], /contradict/],
    [["202", "-f", f, "-H", "NoColon"], /expected "Name: value"/],
    [["202", "-f", f, "-H", "Bad Name: x"], /not an HTTP token/],
    [["202", "-f", f, "-H", "X-A: a\r\nSet-Cookie: evil=1"], /CR, LF or NUL/],
    [["202", "-f", f, "-H", "Content-Length: 3"], /set by the framework/],
    [["202", "-f", f, "--route", "endpoint"], /--route must start with "\/"/],
    [["202", "-f", f, "--route", "/a b"], /--route/],
    [["202", "-f", f, "--method", "G(T"], /not an HTTP method token/],
    [["202", "-f", f, "--route", "/items/{Id}"], /whole segment \{name\}/],
    [["202", "-f", f, "--route", "/items/{id}/{id}"], /appears twice/],
    [["202", "-f", f, "--route", "/items/{class}"], /reserved word/],
    [["200", "-f", f, "--problem"], /--problem is for error responses \(4xx and 5xx\); 200 OK is not one/],
    [["404", "-f", f, "--problem", "--body", "{}"], /--problem writes the body itself/],
    [["202", "-f", f, "--style", "page"], /style/],
    [["202", "-f", f, "--format", "yaml"], /format/],
    [["202", "--all", "-f", f], /--all and --framework contradict/],
    [["202", "--frobnicate"], /frobnicate/],
    [["200", "-f", f, "--body", "-5"], /--body -5: a value starting with "-" is read as an option; write --body=-5/],
    [["202", "-f"], /^snipgen: -f needs a value$/],
    [["202", "-f", f, "--out"], /--out needs a value/],
    [["202", "-f", f, "--out", "--all"], /--out needs a value/],
    [["202", "-f", f, "--route="], /--route needs a value/],
    [["202", "-f", " "], /-f needs a value/],
    [["202", "-H"], /-H needs a value/],
    [["202", "--style", "app", "--style", "handler"], /--style is given more than once/],
    [["202", "--protocol", "gopher"], /^snipgen: --protocol "gopher" is not one of http/],
    [["202", "--style", "inline"], /^snipgen: --style "inline" is not one of handler, app$/],
    [["202", "--frobnicate"], /^snipgen: unknown option --frobnicate: see snipgen --help$/],
    [["list", "-z"], /^snipgen: unknown option -z: see snipgen --help$/],
    [["export"], /export needs a folder: snipgen export DIR/],
    [["101", "-f", INTERIM.id], new RegExp(`${escape(INTERIM.id)} cannot send 101 Switching Protocols`)],
    [
      ["302", "-f", PICKY_LOCATION.id, "-H", "Location: /a b"],
      new RegExp(`^snipgen: ${escape(PICKY_LOCATION.id)} cannot send 302 Found with the Location header as given: `),
    ],
    [["103", "-f", NO_INTERIM.id], new RegExp(`${escape(NO_INTERIM.id)} cannot send 103 Early Hints: ${escape(NO_INTERIM.interim.whyNot)}`)],
  ];
  for (const [args, message] of table) {
    it(`snipgen ${args.join(" ").replace(/\r\n/g, "\\r\\n")}`, () => rejects(args, message));
  }

  it("snipgen  (no code: the hint is a command that works)", () => {
    const r = snipgen([]);
    rejects([], /^snipgen: missing the status code: try "snipgen 202 -f [^"\s]+", or see snipgen --help$/);
    const example = /try "snipgen (202) -f ([^"\s]+)"/.exec(r.stderr)!;
    ok([example[1]!, "-f", example[2]!]);
  });
});

describe("--out DIR", () => {
  it("writes one file per framework, named for its language", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      const out = ok(["202", "--all", "--style", "app", "--out", dir]);
      assert.equal(out.trim().split("\n").length, TARGETS.length + TARGETS.flatMap(filesOf).length, "one line per file written");
      for (const t of TARGETS) {
        const file = join(dir, t.id, t.filename.app);
        assert.ok(existsSync(file), `${file} was not written`);
        assert.equal(readFileSync(file, "utf8"), ok(["202", "-f", t.id, "--style", "app"]), `${file} is the snippet`);
        for (const f of filesOf(t)) assert.equal(readFileSync(join(dir, t.id, f.path), "utf8"), f.content, `${t.id}/${f.path} is written beside it`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes nothing when any framework fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      rejects(["103", "-f", INTERIM.id, "-f", NO_INTERIM.id, "--out", dir], new RegExp(`${escape(NO_INTERIM.id)} cannot send 103`));
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("snipgen export DIR", () => {
  it("writes every protocol: one page per code, an index per protocol, and one that links the protocols", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-export-"));
    try {
      const out = ok(["export", dir]);
      const protocols = PROTOCOLS.map((p) => ({ id: p.id, codes: JSON.parse(ok(["codes", "--protocol", p.id, "--format", "json"])) as { code: number }[] }));
      const total = protocols.reduce((n, p) => n + p.codes.length + 1, 0) + (protocols.length > 1 ? 1 : 0);
      assert.match(out, new RegExp(`wrote ${total} files`));
      for (const { id, codes } of protocols) {
        const files = readdirSync(join(dir, id)).sort();
        assert.deepEqual(files, [...codes.map((c) => `${c.code}.md`), "index.md"].sort());
        const index = readFileSync(join(dir, id, "index.md"), "utf8");
        for (const c of codes) assert.match(index, new RegExp(`\\[${c.code}\\]\\(${c.code}\\.md\\)`));
        if (protocols.length > 1) assert.match(readFileSync(join(dir, "index.md"), "utf8"), new RegExp(`\\]\\(${id}/index\\.md\\)`));
      }
      assert.equal(readFileSync(join(dir, "http", "202.md"), "utf8"), ok(["202", "--all"]).replace(/\| (\d{3}) \|/g, "| [$1]($1.md) |"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes one protocol with --protocol (or its word first)", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-export-"));
    try {
      ok(["export", dir, "--protocol", "http", "--codes", "200,404"]);
      assert.deepEqual(readdirSync(dir), ["http"]);
      assert.deepEqual(readdirSync(join(dir, "http")).sort(), ["200.md", "404.md", "index.md"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--templates DIR", () => {
  function withTemplates(files: Record<string, string>, body: (dir: string) => void): void {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-tpl-"));
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, "http"), { recursive: true });
        writeFileSync(join(dir, "http", name), text);
      }
      body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const id = PLAIN.id;
  const file = escape(`${id}.hbs`);

  it("replaces a built-in template; values still go through the literal helpers", () => {
    withTemplates({ [`${id}.hbs`]: "# custom\nroute = {{string route}}\nbody = {{literal body}}\n" }, (dir) => {
      const body = '{"q": "\\"#{x}"}';
      const out = ok(["202", "-f", id, "--templates", dir, "--route", "/x", "--body", body]);
      assert.equal(out, `# custom\nroute = ${lang(PLAIN).string("/x")}\nbody = ${lang(PLAIN).literal(parseJson(body), 0, "body = ".length, 0)}\n`);
      assert.ok(!out.includes(body), "the body is not pasted as JSON text");
    });
  });

  it("adds a framework described by its .json", () => {
    // A framework snipgen does not have (its id is not a built-in target's).
    const meta = JSON.stringify({ title: "Home Grown", language: PLAIN.language, filename: PLAIN.filename });
    withTemplates({ "home-grown.hbs": "status = {{status}}\n", "home-grown.json": meta }, (dir) => {
      assert.equal(ok(["404", "-f", "home-grown", "--templates", dir]), "status = 404\n");
      assert.match(ok(["404", "--all", "--templates", dir]), /### Home Grown\n/);
    });
  });

  function fails(args: string[], message: RegExp, exitCode: number): void {
    const r = snipgen(args);
    assert.equal(r.status, exitCode, r.stderr);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr.split("\n").filter(Boolean).length, 1, r.stderr);
    assert.match(r.stderr, message);
  }

  it("names file, line and column of a misspelled field (strict mode), with exit code 1", () => {
    withTemplates({ [`${id}.hbs`]: "line one\nx = {{stauts}}\n" }, (dir) =>
      fails(["202", "-f", id, "--templates", dir], new RegExp(`${file}:2:\\d+: "stauts" not defined`), 1),
    );
  });

  it("names file, line and column of a syntax error, with exit code 1", () => {
    withTemplates({ [`${id}.hbs`]: "ok\nabc {{#if hasBody}}\n" }, (dir) =>
      fails(["202", "-f", id, "--templates", dir], new RegExp(`${file}:3(:\\d+)?: syntax error`), 1),
    );
  });

  it("keeps prototype access off", () => {
    withTemplates({ [`${id}.hbs`]: '[{{lookup this "constructor"}}][{{lookup this "__proto__"}}]\n' }, (dir) => {
      assert.equal(snipgen(["202", "-f", id, "--templates", dir]).stdout, "[][]\n");
    });
    withTemplates({ [`${id}.hbs`]: "{{constructor.name}}\n" }, (dir) =>
      fails(["202", "-f", id, "--templates", dir], new RegExp(`${file}:1:\\d+: "name" not defined$`, "m"), 1),
    );
  });

  it("rejects a missing folder, a folder without templates and a new framework without its .json (exit 2)", () => {
    fails(["202", "-f", id, "--templates", "/nonexistent"], /--templates \/nonexistent: no such directory/, 2);
    withTemplates({ "nobody.txt": "" }, (dir) => fails(["202", "-f", id, "--templates", dir], /no \.hbs files/, 2));
    withTemplates({ "home-grown.hbs": "x\n" }, (dir) => fails(["202", "-f", "home-grown", "--templates", dir], /needs .*home-grown\.json/, 2));
  });
});

describe("--out DIR failures", () => {
  it("names the problem when DIR is a file, writing nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      writeFileSync(join(dir, "taken"), "x");
      rejects(["202", "-f", PLAIN.id, "--out", join(dir, "taken")], /--out .*taken: cannot write .* \(ENOTDIR|EEXIST\)/);
      assert.deepEqual(readdirSync(dir), ["taken"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
