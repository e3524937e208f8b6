/** Python's literal helpers, evaluated by Python itself: hostile strings and values, random values, black's layout. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { runCommand } from "../../test/helpers/files.js";
import { REDIRECT_URLS } from "../../test/helpers/urls.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { python } from "./python.js";
import { missingPython, PYTHON } from "./runtime/host.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("python", v);

describe("python escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(python.string)), HOSTILE_STRINGS);
  });

  it("literal(): hostile values, key order kept (ast.literal_eval)", { skip }, () => {
    assertSameValues(checks.evaluate.values!(HOSTILE_VALUES.map((v) => python.literal(v, 0, 0, 0))), HOSTILE_VALUES, reproduce);
  });
});

describe("python layout (black's shapes)", () => {
  it("keeps a short literal on one line and explodes a long one with a trailing comma (black)", () => {
    const short = parseJson('{"a": 1, "b": [1, 2]}');
    assert.equal(python.literal(short, 4, 11, 0), '{"a": 1, "b": [1, 2]}');
    const long = parseJson(JSON.stringify({ message: "x".repeat(70), items: [1, 2, 3] }));
    assert.equal(python.literal(long, 4, 11, 0), `{\n        "message": "${"x".repeat(70)}",\n        "items": [1, 2, 3],\n    }`);
  });
});

describe(`python escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("ast.literal_eval(literal) equals the value, key order kept", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 1);
    assertSameValues(checks.evaluate.values!(values.map((v) => python.literal(v, 4, 4, 0))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(python.string)), values);
  });
});

describe("python template helpers", () => {
  const helpers = python.templateHelpers!;
  const djangoRedirectKeeps = helpers.djangoRedirectKeeps as (url: string | null) => string;
  const starletteRedirectKeeps = helpers.starletteRedirectKeeps as (url: string | null) => string;
  const subscriptValue = helpers.subscriptValue as (value: string) => (indent: number, column: number, tail: number) => string;
  const hasKeyStarting = helpers.hasKeyStarting as (value: JsonValue, prefix: string) => string;

  // The redirect classes of the venv's Django and Starlette, asked for each URL: the Location they send, or "refused".
  const sentLocations = (urls: string[]): { django: string; starlette: string }[] => {
    const script = [
      "import json, sys",
      "from django.conf import settings",
      "settings.configure()",
      "from django.http import HttpResponseRedirect",
      "from starlette.responses import RedirectResponse",
      "out = []",
      "for url in json.load(sys.stdin):",
      "    try:",
      "        django = HttpResponseRedirect(url)['Location']",
      "    except Exception:",
      "        django = 'refused'",
      "    out.append({'django': django, 'starlette': RedirectResponse(url).headers['location']})",
      "print(json.dumps(out))",
    ].join("\n");
    return JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as { django: string; starlette: string }[];
  };
  const frameworks = missingPython("django") ?? missingPython("starlette");

  it(
    "djangoRedirectKeeps and starletteRedirectKeeps: yes exactly when the redirect class sends the URL unchanged",
    { skip: skipWhenMissing(frameworks) },
    () => {
      const urls = [...REDIRECT_URLS, ...sample(headerValue, RUNS, SEED + 7)];
      const sent = sentLocations(urls);
      urls.forEach((url, i) => {
        const { django, starlette } = sent[i]!;
        // A "[" or "]" is left to the plain response even where Django would keep it (urlsplit may raise on it).
        if (!/[[\]]/.test(url)) assert.equal(djangoRedirectKeeps(url), django === url ? "yes" : "", `Django sends ${JSON.stringify(url)} as ${django}`);
        else assert.equal(djangoRedirectKeeps(url), "");
        assert.equal(starletteRedirectKeeps(url), starlette === url ? "yes" : "", `Starlette sends ${JSON.stringify(url)} as ${starlette}`);
      });
      assert.equal(djangoRedirectKeeps(null), "");
      assert.equal(starletteRedirectKeeps(null), "");
    },
  );

  it("subscriptValue and a wrapped def line are laid out as black leaves them", { skip: skipWhenMissing(checks.formatter!.missing()) }, async () => {
    const sources = [10, 60, 79, 80, 120].flatMap((n) => {
      const value = "v".repeat(n);
      const assignment = `    response.headers["X-Request-Id"] = `;
      const params = Array.from({ length: Math.ceil(n / 10) }, (_, i) => `parameter_${i}: str`).join(", ");
      return [
        `def endpoint():\n${assignment}${subscriptValue(value)(4, assignment.length, 0)}\n`,
        `${python.wrap!(`def endpoint(${params}):`, 0, 0, 0)}\n    pass\n`,
      ];
    });
    const diffs = await checks.formatter!.check(sources);
    assert.deepEqual([...diffs.values()], []);
  });

  it("hasKeyStarting finds a key at any depth", () => {
    assert.equal(hasKeyStarting(parseJson('{"a": [1, {"b": {"_sa_state": 1}}]}'), "_sa"), "yes");
    assert.equal(hasKeyStarting(parseJson('{"a": "_sa", "b": ["_sa"]}'), "_sa"), "");
    assert.equal(hasKeyStarting(parseJson("null"), "_sa"), "");
  });
  it("hasHeader, hasHeaderBesides, headerDictExcept and headerDictOf pick headers by name in any case", () => {
    type Place = (indent: number, column: number, tail: number) => string;
    const pick = helpers as Record<string, (...args: unknown[]) => string | Place>;
    const headers = [
      { name: "Allow", value: "GET, HEAD" },
      { name: "X-Id", value: '"7"' },
    ];
    assert.equal(pick.hasHeader!(headers, "allow"), "yes");
    assert.equal(pick.hasHeader!(headers, "location"), "");
    assert.equal(pick.hasHeaderBesides!(headers, "ALLOW"), "yes");
    assert.equal(pick.hasHeaderBesides!([headers[0]], "allow"), "");
    assert.equal(pick.hasHeaderBesides!([headers[0]], ""), "yes");
    assert.equal((pick.headerDictExcept!(headers, "allow") as Place)(4, 14, 0), `{"X-Id": '"7"'}`);
    assert.equal((pick.headerDictExcept!(headers, "") as Place)(4, 14, 0), `{"Allow": "GET, HEAD", "X-Id": '"7"'}`);
    assert.equal((pick.headerDictOf!(headers, "Allow") as Place)(4, 14, 0), `{"Allow": "GET, HEAD"}`);
  });
});
