import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { generate } from "../../src/generate.js";
import { parseJson } from "../../src/model/json.js";
import { DEFAULTS, type Overrides } from "../../src/model/spec.js";
import { findFramework } from "../../src/registry/index.js";
import { ROOT } from "../helpers/snipgen.js";
import { HOSTILE_BODIES, RUNTIME_CODES } from "./cases.js";
import { commandWorks, skipUnlessRuns, skipWhenMissing } from "../helpers/toolchains.js";
import { VENV } from "./harness.js";
import { missingPython } from "./python/host.js";

// The handler style is what most people paste. The runtime layer runs the app style; here each
// handler-style file is loaded by its real toolchain: imported (Python, JavaScript) or built (Go),
// so a missing import or a name that does not exist fails. (spring-boot.test.ts compiles MyController.java.)
interface Case {
  name: string;
  code: number;
  overrides: Partial<Overrides>;
}
const CASES: Case[] = [
  ...RUNTIME_CODES.map((code) => ({ name: `code-${code}`, code, overrides: {} })),
  { name: "no-body", code: 200, overrides: { body: { kind: "none" } } },
  { name: "hostile-body", code: 200, overrides: { body: { kind: "value", value: parseJson(JSON.stringify(HOSTILE_BODIES.interpolation)) } } },
  { name: "post-headers", code: 201, overrides: { method: "POST", route: "/orders", headers: [["X-Trace", "a \"b\" \\c"]] } },
  { name: "options", code: 204, overrides: { method: "OPTIONS" } },
];

async function handlerSources(framework: string): Promise<{ name: string; filename: string; code: string }[]> {
  const fw = findFramework("http", framework);
  return Promise.all(
    CASES.map(async (c) => {
      const overrides: Overrides = { body: { kind: "model" }, headers: [], route: DEFAULTS.route, method: DEFAULTS.method, ...c.overrides };
      const g = await generate({ protocol: "http", code: c.code, frameworks: [fw], style: "handler", numeric: false, prettier: true, overrides, skipUnsupported: false });
      return { name: c.name, filename: fw.filename.handler, code: g.snippets[0]!.code };
    }),
  );
}


function run(cmd: string, args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  return { status: r.status, out: (r.stdout ?? "") + (r.stderr ?? "") };
}

/** Writes each case to DIR/<case>/<file>; returns the folder (removed by the caller). */
function writeAll(files: { name: string; filename: string; code: string }[], parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "snipgen-handler-"));
  for (const f of files) {
    mkdirSync(join(dir, f.name.replace(/-/g, "_")));
    writeFileSync(join(dir, f.name.replace(/-/g, "_"), f.filename), f.code);
  }
  return dir;
}

/** Per framework: how many handler-style cases were loaded and answered correctly (for docs/verification.md). */
const results: Record<string, { cases: number; passed: boolean; how: string }> = {};
function record(framework: string, how: string, ok: boolean): void {
  results[framework] = { cases: CASES.length, passed: ok, how };
  mkdirSync(`${ROOT}.tmp/verification`, { recursive: true });
  writeFileSync(`${ROOT}.tmp/verification/handler-style.json`, JSON.stringify(results, null, 2));
}

describe("handler style loads in its real toolchain", () => {
  // Each module is imported, then its handler is called once, so a wrong name inside it fails too;
  // the status it answers must be the case's.
  const EXERCISE: Record<string, string> = {
    flask: "r = m.app.test_client().open(route, method=method)\n        status = r.status_code",
    fastapi: "status = m.endpoint().status_code",
    django: "status = m.endpoint(RequestFactory().generic(method, route)).status_code",
  };
  for (const framework of ["flask", "fastapi", "django"]) {
    const missing = missingPython(framework);
    it(`${framework}: every handler module imports and its handler answers the case's status`, { skip: skipWhenMissing(missing) }, async () => {
      assert.equal(missing, null, missing ?? "");
      const files = await handlerSources(framework);
      const dir = writeAll(files);
      try {
        const expected = Object.fromEntries(CASES.map((c) => [c.name.replace(/-/g, "_"), [c.code, c.overrides.method ?? "GET", c.overrides.route ?? DEFAULTS.route]]));
        const script = [
          "import importlib.util, json, pathlib, sys, traceback",
          ...(framework === "django"
            ? ["from django.conf import settings", "settings.configure(ALLOWED_HOSTS=['*'])", "import django", "django.setup()", "from django.test import RequestFactory"]
            : []),
          "expected = json.loads(sys.argv[2])",
          "bad = 0",
          "for path in sorted(pathlib.Path(sys.argv[1]).glob('*/*.py')):",
          "    code, method, route = expected[path.parent.name]",
          "    spec = importlib.util.spec_from_file_location(f'case_{path.parent.name}', path)",
          "    try:",
          "        m = importlib.util.module_from_spec(spec)",
          "        spec.loader.exec_module(m)",
          `        ${EXERCISE[framework]}`,
          "        if status != code:",
          "            raise AssertionError(f'answered {status}, expected {code}')",
          "    except Exception:",
          "        bad += 1",
          "        print(path.parent.name, traceback.format_exc(limit=2))",
          "sys.exit(1 if bad else 0)",
        ].join("\n");
        const r = run(`${VENV}/bin/python`, ["-c", script, dir, JSON.stringify(expected)], dir);
        record(framework, framework === "flask" ? "test client" : framework === "fastapi" ? "endpoint called" : "RequestFactory request", r.status === 0);
        assert.equal(r.status, 0, `${framework} handler modules failed:\n${r.out}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("express: every routes.mjs, mounted on an app, answers the case's status", async () => {
    const files = await handlerSources("express");
    // Inside the repository, so `import express from "express"` resolves from its node_modules.
    const dir = writeAll(files, join(ROOT, ".tmp"));
    try {
      const expected = Object.fromEntries(CASES.map((c) => [c.name.replace(/-/g, "_"), [c.code, c.overrides.method ?? "GET", c.overrides.route ?? DEFAULTS.route]]));
      // Each router is mounted on an app on a loopback port and asked once.
      const script = `const { readdirSync } = await import("node:fs");
const { default: express } = await import("express");
const expected = ${JSON.stringify(expected)};
let bad = 0;
for (const d of readdirSync(${JSON.stringify(dir)})) {
  const [code, method, route] = expected[d];
  try {
    const { router } = await import(${JSON.stringify(dir)} + "/" + d + "/routes.mjs");
    const app = express().use(router);
    const server = await new Promise((ok) => { const s = app.listen(0, "127.0.0.1", () => ok(s)); });
    const res = await fetch("http://127.0.0.1:" + server.address().port + route, { method, redirect: "manual", body: ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined });
    await res.arrayBuffer();
    server.close();
    if (res.status !== code) throw new Error("answered " + res.status + ", expected " + code);
  } catch (e) { bad++; console.log(d, e.message); }
}
process.exit(bad ? 1 : 0);`;
      const r = run(process.execPath, ["--input-type=module", "-e", script], dir);
      record("express", "router mounted, asked on loopback", r.status === 0);
      assert.equal(r.status, 0, `express handler modules failed:\n${r.out}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const rubyMissing = commandWorks("ruby", ["-e", 'require "rails"']) ? null : "ruby with rails is not installed";
  it("rails: every controller, routed in an app, answers the case's status", { skip: skipWhenMissing(rubyMissing) }, async () => {
    const files = await handlerSources("rails");
    const dir = writeAll(files);
    try {
      const expected = Object.fromEntries(CASES.map((c) => [c.name.replace(/-/g, "_"), [c.code, c.overrides.method ?? "GET", c.overrides.route ?? DEFAULTS.route]]));
      writeFileSync(join(dir, "expected.json"), JSON.stringify(expected));
      // One app; each controller file (all define EndpointController) is loaded in turn and routed.
      const script = `require "rails"
require "action_controller/railtie"
require "json"
class HandlerCheck < Rails::Application
  config.root = __dir__
  config.eager_load = false
  config.secret_key_base = "check"
  config.hosts.clear
  config.logger = Logger.new(nil)
end
class ApplicationController < ActionController::API; end
HandlerCheck.initialize!
bad = 0
JSON.parse(File.read(File.join(ARGV[0], "expected.json"))).each do |name, (code, method, route)|
  begin
    load File.join(ARGV[0], name, "endpoint_controller.rb")
    HandlerCheck.routes.draw { match route, to: "endpoint#endpoint", via: method.downcase.to_sym }
    status = Rack::MockRequest.new(HandlerCheck).request(method, route, input: "{}").status
    raise "answered #{status}, expected #{code}" unless status == code
  rescue StandardError, ScriptError => e
    bad += 1
    puts "#{name}: #{e.message}"
  end
end
exit(bad.zero? ? 0 : 1)
`;
      writeFileSync(join(dir, "check.rb"), script);
      const r = run("ruby", [join(dir, "check.rb"), dir], dir);
      record("rails", "controller routed, Rack::MockRequest", r.status === 0);
      assert.equal(r.status, 0, `rails handler controllers failed:\n${r.out}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("net-http: every handler.go, registered on a mux, answers the case's status", { skip: skipUnlessRuns("go", ["version"]) }, async () => {
    const files = await handlerSources("net-http");
    const dir = writeAll(files);
    try {
      writeFileSync(join(dir, "go.mod"), "module snipgenhandlers\n\ngo 1.22\n");
      // Each case gets a main that registers the handler and serves it one request through httptest.
      for (const c of CASES) {
        const method = c.overrides.method ?? "GET";
        const route = c.overrides.route ?? DEFAULTS.route;
        const main = `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"net/http/httptest"\n\t"os"\n\t"strings"\n)\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tRegister(mux)\n\trec := httptest.NewRecorder()\n\tmux.ServeHTTP(rec, httptest.NewRequest(${JSON.stringify(method)}, ${JSON.stringify(route)}, strings.NewReader("{}")))\n\tif rec.Code != ${c.code} {\n\t\tfmt.Printf("answered %d, expected ${c.code}\\n", rec.Code)\n\t\tos.Exit(1)\n\t}\n}\n`;
        writeFileSync(join(dir, c.name.replace(/-/g, "_"), "main.go"), main);
      }
      const vet = run("go", ["vet", "./..."], dir);
      assert.equal(vet.status, 0, `go vet failed:\n${vet.out}`);
      mkdirSync(join(dir, "bin"));
      const build = run("go", ["build", "-o", join(dir, "bin") + "/", "./..."], dir);
      assert.equal(build.status, 0, `go build failed:\n${build.out}`);
      const failures = CASES.map((c) => c.name.replace(/-/g, "_")).map((name) => [name, run(join(dir, "bin", name), [], dir)] as const).filter(([, r]) => r.status !== 0);
      const r = { status: failures.length ? 1 : 0, out: failures.map(([name, f]) => `${name}: ${f.out}`).join("\n") };
      record("net-http", "registered on a mux, one httptest request", r.status === 0);
      assert.equal(r.status, 0, `net-http handlers answered wrongly:\n${r.out}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
