import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { snipgen } from "../helpers/snipgen.js";

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

describe("snipgen <code> -f <framework>", () => {
  it("prints the code alone, ready to paste", () => {
    const out = ok(["202", "-f", "fastapi"]);
    assert.match(out, /^from fastapi import FastAPI, status\n/);
    assert.match(out, /status_code=status\.HTTP_202_ACCEPTED/);
    assert.match(out, /"status": "accepted", "task_id": "abc-123"/);
    assert.ok(out.endsWith(")\n"));
  });

  it("resolves aliases", () => {
    for (const [alias, marker] of [["express.js", "express"], ["spring", "ResponseEntity"], ["go", "net/http"], ["ruby-on-rails", "render json:"], ["asp.net-core", "Results.Content"], ["aspnet", "StatusCodes"]]) {
      assert.match(ok(["202", "-f", alias!]), new RegExp(marker!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), alias);
    }
  });

  it("prints one block per framework for several -f, repeated or comma-separated", () => {
    assert.equal(ok(["404", "-f", "flask,go"]), ok(["404", "-f", "flask", "-f", "go"]));
    const out = ok(["404", "-f", "flask", "-f", "go"]);
    assert.match(out, /^==> flask \(app\.py\) <==\n/);
    assert.match(out, /\n==> net-http \(handler\.go\) <==\n/);
  });

  it("writes numbers instead of constants with --numeric", () => {
    assert.match(ok(["202", "-f", "fastapi", "--numeric"]), /status_code=202,/);
  });

  it("uses the route, method, body and headers given", () => {
    const out = ok(["201", "-f", "express", "--method", "post", "--route", "/orders", "--body", '{"id": 7}', "-H", "Location: /orders/7"]);
    assert.match(out, /router\.post\("\/orders"/);
    assert.match(out, /Location: "\/orders\/7"/);
    assert.match(out, /id: 7/);
  });

  it("takes a value starting with a dash as --body=VALUE", () => {
    assert.match(ok(["200", "-f", "flask", "--body=-5"]), /body = -5\n/);
  });

  it("refuses absurdly deep nesting with exit 2, not a stack overflow", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-cli-"));
    try {
      writeFileSync(join(dir, "deep.json"), "[".repeat(100000) + "]".repeat(100000));
      rejects(["200", "-f", "flask", "--body", `@${join(dir, "deep.json")}`], /--body @.*deep\.json: line 1, column 66: nested deeper than 64 levels/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads --body @file", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-cli-"));
    try {
      writeFileSync(join(dir, "body.json"), '{"from": "file"}');
      assert.match(ok(["200", "-f", "flask", "--body", `@${join(dir, "body.json")}`]), /"from": "file"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends 1xx interim responses where the framework can", () => {
    const out = ok(["103", "-f", "express"]);
    assert.match(out, /res\.writeEarlyHints\(\{/);
    assert.match(ok(["103", "-f", "go"]), /w\.WriteHeader\(http\.StatusEarlyHints\)/);
  });
});

describe("snipgen <code> (the card)", () => {
  it("shows reason, description, link and the wire response with a matching Content-Length", () => {
    const out = ok(["202"]);
    assert.match(out, /^202 Accepted \(Successful\)\n/);
    assert.match(out, /https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110\.html#section-15\.3\.3/);
    assert.match(out, /HTTP\/1\.1 202 Accepted\nContent-Type: application\/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nContent-Length: 41\n\n\{"status":"accepted","task_id":"abc-123"\}\n/);
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

  it("has the seed's sections in order, in English", () => {
    const headings = page.split("\n").filter((l) => /^#{1,3} /.test(l));
    assert.deepEqual(headings, [
      "# 202 Accepted",
      "## HTTP response",
      "## Test with curl",
      "## Return 202 Accepted in your framework",
      "### Django",
      "### Flask",
      "### FastAPI",
      "### Express",
      "### Spring Boot",
      "### Go net/http",
      "### Ruby on Rails",
      "### ASP.NET Core",
      "## Related codes (2xx Successful)",
    ]);
  });

  it("shows a wire response whose Content-Length matches the body shown", () => {
    const wire = /```http\n([\s\S]*?)\n```/.exec(page)![1]!;
    const [head, body] = wire.split("\n\n");
    const length = Number(/Content-Length: (\d+)/.exec(head!)![1]);
    assert.equal(length, Buffer.byteLength(body!, "utf8"));
    assert.match(head!, /^HTTP\/1\.1 202 Accepted\nContent-Type: application\/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT/);
  });

  it("tests with curl against the snippet's own route on localhost", () => {
    assert.match(page, /```sh\ncurl -i "http:\/\/localhost:\$\{PORT:-8080\}\/endpoint"\n```/);
    assert.match(ok(["201", "--all", "--method", "POST", "--route", "/items"]), /curl -i -X POST -d '' "http:\/\/localhost:\$\{PORT:-8080\}\/items"/);
  });

  it("gives every framework a language-tagged block and lists related codes with their command", () => {
    for (const lang of ["python", "javascript", "java", "go", "ruby", "csharp"]) assert.match(page, new RegExp("```" + lang + "\n"));
    assert.match(page, /\| 201 \| Created \| `snipgen 201 --all` \|/);
    assert.doesNotMatch(page, /\| 202 \|/);
  });

  it("notes frameworks that cannot send an interim response instead of printing wrong code", () => {
    const early = ok(["103", "--all"]);
    assert.match(early, /### Flask\n\nNot available: flask cannot send 103 Early Hints: /);
    assert.match(early, /writeEarlyHints/);
  });
});

describe("snipgen --format json", () => {
  it("prints the exact response and the snippets", () => {
    const doc = JSON.parse(ok(["201", "-f", "flask", "--style", "app", "--format", "json"]));
    assert.deepEqual(Object.keys(doc).slice(0, 5), ["protocol", "code", "reason", "description", "reference"]);
    assert.equal(doc.protocol, "http");
    assert.deepEqual(doc.response.headers[0], ["Content-Type", "application/json"]);
    assert.equal(doc.response.headers[1][0], "Location");
    assert.equal(doc.response.status, 201);
    assert.equal(typeof doc.response.body, "string");
    assert.deepEqual(Object.keys(doc.snippets[0]), ["framework", "title", "language", "style", "filename", "code"]);
    assert.equal(doc.snippets[0].filename, "main.py");
  });

  it("has a null body for 204", () => {
    const doc = JSON.parse(ok(["204", "-f", "go", "--format", "json"]));
    assert.equal(doc.response.body, null);
    assert.deepEqual(doc.response.headers, []);
  });
});

describe("snipgen list and codes", () => {
  it("lists frameworks with id, title, language, aliases, formatter", () => {
    const out = ok(["list"]);
    assert.match(out, /^ID\s+TITLE\s+LANGUAGE\s+ALIASES\s+FORMATTER\n/);
    for (const id of ["django", "flask", "fastapi", "express", "spring-boot", "net-http", "rails", "aspnet-core"]) assert.match(out, new RegExp(`^${id} `, "m"));
    assert.equal(JSON.parse(ok(["list", "--format", "json"])).length, 8);
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
  const table: [string[], RegExp][] = [
    [["abc"], /status code must be a whole number, got "abc"/],
    [["20.5"], /whole number/],
    [["600"], /run from 100 to 599, got 600/],
    [["299"], /299 is not a known HTTP status code; the nearest known: 300 Multiple Choices; run "snipgen codes"/],
    [["250"], /250 is not a known HTTP status code; run "snipgen codes" to list them/],
    [["202", "-f", "fastap"], /unknown framework "fastap" for http: did you mean "fastapi"\? run "snipgen list"/],
    [["202", "-f", "cobol"], /unknown framework "cobol".*snipgen list/],
    [["202", "-f", "flask", "--body", "{bad json}"], /--body: line 1, column 2: invalid JSON/],
    [["202", "-f", "flask", "--body", "@/nonexistent/body.json"], /--body @\/nonexistent\/body\.json: no such file/],
    [["204", "-f", "flask", "--body", "{}"], /204 No Content cannot carry a body/],
    [["304", "-f", "go", "--body", "[]"], /304 Not Modified cannot carry a body/],
    [["103", "-f", "express", "--body", "{}"], /103 Early Hints cannot carry a body/],
    [["202", "-f", "flask", "--body", "@/tmp"], /--body @\/tmp: is a directory/],
    [["202", "-f", "flask", "--body", "{}", "--no-body"], /contradict/],
    [["202", "-f", "flask", "-H", "NoColon"], /expected "Name: value"/],
    [["202", "-f", "flask", "-H", "Bad Name: x"], /not an HTTP token/],
    [["202", "-f", "flask", "-H", "X-A: a\r\nSet-Cookie: evil=1"], /CR, LF or NUL/],
    [["202", "-f", "flask", "-H", "Content-Length: 3"], /set by the framework/],
    [["202", "-f", "flask", "--route", "endpoint"], /--route must start with "\/"/],
    [["202", "-f", "flask", "--route", "/a b"], /--route/],
    [["202", "-f", "flask", "--method", "G(T"], /not an HTTP method token/],
    [["202", "-f", "flask", "--style", "page"], /style/],
    [["202", "-f", "flask", "--format", "yaml"], /format/],
    [["202", "--all", "-f", "flask"], /--all and --framework contradict/],
    [["202", "--frobnicate"], /frobnicate/],
    [["200", "-f", "flask", "--body", "-5"], /--body -5: a value starting with "-" is read as an option; write --body=-5/],
    [["202", "-f"], /^snipgen: -f needs a value$/],
    [["202", "-f", "flask", "--out"], /--out needs a value/],
    [["202", "-f", "flask", "--out", "--all"], /--out needs a value/],
    [["202", "-f", "flask", "--route="], /--route needs a value/],
    [["202", "-f", " "], /-f needs a value/],
    [["202", "-H"], /-H needs a value/],
    [["202", "--style", "app", "--style", "handler"], /--style is given more than once/],
    [["202", "--protocol", "sip"], /Invalid values: Argument: protocol, Given: "sip"/],
    [["export"], /export needs a folder: snipgen export DIR/],
    [["101", "-f", "express"], /express cannot send 101 Switching Protocols/],
    [["103", "-f", "flask"], /flask cannot send 103 Early Hints: WSGI/],
    [[], /missing the status code: try "snipgen 202 -f fastapi", or see snipgen --help/],
  ];
  for (const [args, message] of table) {
    it(`snipgen ${args.join(" ").replace(/\r\n/g, "\\r\\n")}`, () => rejects(args, message));
  }
});

describe("--out DIR", () => {
  it("writes one file per framework, named for its language", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      const out = ok(["202", "--all", "--style", "app", "--out", dir]);
      assert.equal(out.trim().split("\n").length, 8);
      assert.ok(existsSync(join(dir, "spring-boot", "Application.java")));
      assert.ok(existsSync(join(dir, "net-http", "main.go")));
      assert.match(readFileSync(join(dir, "fastapi", "main.py"), "utf8"), /uvicorn\.run/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes nothing when any framework fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      rejects(["103", "-f", "express", "-f", "flask", "--out", dir], /flask cannot send 103/);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("snipgen export DIR", () => {
  it("writes one page per code and an index that links them", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-export-"));
    try {
      const out = ok(["export", dir]);
      const codes = JSON.parse(ok(["codes", "--format", "json"])) as { code: number }[];
      assert.match(out, new RegExp(`wrote ${codes.length + 1} files`));
      const files = readdirSync(join(dir, "http")).sort();
      assert.deepEqual(files, [...codes.map((c) => `${c.code}.md`), "index.md"].sort());
      const index = readFileSync(join(dir, "http", "index.md"), "utf8");
      for (const c of codes) assert.match(index, new RegExp(`\\[${c.code}\\]\\(${c.code}\\.md\\)`));
      assert.equal(readFileSync(join(dir, "http", "202.md"), "utf8"), ok(["202", "--all"]).replace(/\| (\d{3}) \|/g, "| [$1]($1.md) |"));
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

  it("replaces a built-in template; values still go through the literal helpers", () => {
    withTemplates({ "flask.hbs": "# custom\nroute = {{string route}}\nbody = {{literal body}}\n" }, (dir) => {
      const out = ok(["202", "-f", "flask", "--templates", dir, "--route", "/x", "--body", '{"q": "\\"#{x}"}']);
      assert.equal(out, `# custom\nroute = "/x"\nbody = {"q": '"#{x}'}\n`);
    });
  });

  it("adds a framework described by its .json", () => {
    const meta = JSON.stringify({ title: "Bottle", language: "python", filename: { handler: "app.py", app: "app.py" } });
    withTemplates({ "bottle.hbs": "status = {{status}}\n", "bottle.json": meta }, (dir) => {
      assert.equal(ok(["404", "-f", "bottle", "--templates", dir]), "status = 404\n");
      assert.match(ok(["404", "--all", "--templates", dir]), /### Bottle\n/);
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
    withTemplates({ "flask.hbs": "line one\nx = {{stauts}}\n" }, (dir) => fails(["202", "-f", "flask", "--templates", dir], /flask\.hbs:2:\d+: "stauts" not defined/, 1));
  });

  it("names file, line and column of a syntax error, with exit code 1", () => {
    withTemplates({ "flask.hbs": "ok\nabc {{#if hasBody}}\n" }, (dir) => fails(["202", "-f", "flask", "--templates", dir], /flask\.hbs:3(:\d+)?: syntax error/, 1));
  });

  it("keeps prototype access off", () => {
    withTemplates({ "flask.hbs": "[{{lookup this \"constructor\"}}][{{lookup this \"__proto__\"}}]\n" }, (dir) => {
      assert.equal(snipgen(["202", "-f", "flask", "--templates", dir]).stdout, "[][]\n");
    });
    withTemplates({ "flask.hbs": "{{constructor.name}}\n" }, (dir) => fails(["202", "-f", "flask", "--templates", dir], /flask\.hbs:1:\d+: "name" not defined$/m, 1));
  });

  it("rejects a missing folder, a folder without templates and a new framework without its .json (exit 2)", () => {
    fails(["202", "-f", "flask", "--templates", "/nonexistent"], /--templates \/nonexistent: no such directory/, 2);
    withTemplates({ "nobody.txt": "" }, (dir) => fails(["202", "-f", "flask", "--templates", dir], /no \.hbs files/, 2));
    withTemplates({ "bottle.hbs": "x\n" }, (dir) => fails(["202", "-f", "bottle", "--templates", dir], /needs .*bottle\.json/, 2));
  });
});

describe("--out DIR failures", () => {
  it("names the problem when DIR is a file, writing nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-out-"));
    try {
      writeFileSync(join(dir, "taken"), "x");
      rejects(["202", "-f", "flask", "--out", join(dir, "taken")], /--out .*taken: cannot write .* \(ENOTDIR|EEXIST\)/);
      assert.deepEqual(readdirSync(dir), ["taken"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
