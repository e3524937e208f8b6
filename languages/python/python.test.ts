/** Python's literal helpers, evaluated by Python itself: hostile strings and values, random values, black's layout. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { runCommand } from "../../test/helpers/files.js";
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
  const URLS = [
    "/next?a=1&b=2#top",
    "https://example.com/a/../b",
    "/a b",
    '/say "hi"',
    "/<x>",
    "/{id}",
    "/`x`",
    "/%41",
    "/a|b~c[d]^e\\f",
    "/a\tb",
    "//[::1]/x",
    "http://[oops/x",
    "mailto:someone@example.com",
    "FTP://example.com/file",
    "javascript:alert(1)",
    "ex-1.2+b:rest",
    "1ab:rest",
    "/path:with:colons",
    "",
  ];

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
      const urls = [...URLS, ...sample(headerValue, RUNS, SEED + 7)];
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

  it("falconLocationKeeps: yes exactly when Falcon's resp.location sends the URL unchanged", { skip: skipWhenMissing(missingPython("falcon")) }, () => {
    const falconLocationKeeps = helpers.falconLocationKeeps as (url: string | null) => string;
    const urls = [...URLS, "/%zz", "/%4", "/100%", "/%41%zz", "/a%2Fb?x=%20", ...sample(headerValue, RUNS, SEED + 11)];
    const script = [
      "import json, sys, falcon",
      "out = []",
      "for url in json.load(sys.stdin):",
      "    resp = falcon.Response()",
      "    resp.location = url",
      "    out.append(resp.location)",
      "print(json.dumps(out))",
    ].join("\n");
    const sent = JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as string[];
    urls.forEach((url, i) => assert.equal(falconLocationKeeps(url), sent[i] === url ? "yes" : "", `Falcon sends ${JSON.stringify(url)} as ${sent[i]}`));
    assert.equal(falconLocationKeeps(null), "");
  });

  it(
    "bottleRedirectKeeps: yes only when Bottle's redirect() sends the URL unchanged behind http and https alike",
    { skip: skipWhenMissing(missingPython("urllib")) },
    () => {
      const bottleRedirectKeeps = helpers.bottleRedirectKeeps as (url: string | null) => string;
      const extra = [
        "https://example.com/new-endpoint",
        "http://h:8080/a/../b?x=1#f",
        "https://h/a;p",
        "https://h/?",
        "https://h/#",
        "HTTPS://h/x",
        "https://h?a",
      ];
      const urls = [...URLS, ...extra, ...sample(headerValue, RUNS, SEED + 13)];
      // What bottle.redirect sends as the Location: urljoin(request.url, url), for a request over http and over https.
      const script = [
        "import json, sys",
        "from urllib.parse import urljoin",
        "out = []",
        "for url in json.load(sys.stdin):",
        "    try:",
        "        out.append(all(urljoin(base, url) == url for base in ('http://127.0.0.1:8080/endpoint', 'https://example.org/endpoint')))",
        "    except ValueError:",
        "        out.append(False)",
        "print(json.dumps(out))",
      ].join("\n");
      const kept = JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as boolean[];
      urls.forEach((url, i) => {
        if (bottleRedirectKeeps(url)) assert.ok(kept[i], `redirect() would change ${JSON.stringify(url)}`);
      });
      assert.deepEqual(
        extra.map((u) => bottleRedirectKeeps(u)),
        ["yes", "yes", "", "", "", "", "yes"],
      );
      assert.equal(bottleRedirectKeeps("/endpoint/abc-123"), "");
      assert.equal(bottleRedirectKeeps(null), "");
    },
  );
  it("yarlRedirectKeeps: yes only when aiohttp's redirect exceptions send the URL unchanged", { skip: skipWhenMissing(missingPython("aiohttp")) }, () => {
    const yarlRedirectKeeps = helpers.yarlRedirectKeeps as (url: string | null) => string;
    // URL-shaped strings of the characters yarl treats specially, beside the shared list and random header values.
    const shaped = fc.sample(
      fc
        .tuple(
          fc.constantFrom(
            "",
            "/",
            "//",
            "http://",
            "https://",
            "HTTP://",
            "mailto:",
            "https://a.b",
            "https://a.b:80",
            "https://A.b",
            "//h/",
            "https://h/./",
            "/./",
            "?",
            "#",
          ),
          fc.string({ unit: fc.constantFrom(..."aZ09-._~/?#&=:@!$'()*+,;%[] \"<>"), maxLength: 16 }),
        )
        .map(([a, b]) => a + b),
      { numRuns: RUNS, seed: SEED + 8 },
    );
    const urls = [
      ...URLS,
      "https://example.com/new-endpoint",
      "https://example.com?x=1",
      "https://example.com:443/x",
      "/x?",
      "/x#",
      "/x#a#b",
      ...shaped,
      ...sample(headerValue, RUNS, SEED + 9),
    ];
    const script = [
      "import json, sys",
      "from yarl import URL",
      "def sent(u):",
      "    try:",
      "        return str(URL(u))",
      "    except Exception:  # yarl raises on some URLs it cannot split",
      "        return None",
      "print(json.dumps([sent(u) for u in json.load(sys.stdin)]))",
    ].join("\n");
    const sent = JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as (string | null)[];
    urls.forEach((url, i) => {
      if (yarlRedirectKeeps(url)) assert.equal(sent[i], url, `aiohttp sends ${JSON.stringify(url)} as ${JSON.stringify(sent[i])}`);
    });
    for (const url of ["https://example.com/new-endpoint", "/endpoint/abc-123", "/next?a=1&b=2#top"]) assert.equal(yarlRedirectKeeps(url), "yes", url);
    assert.equal(yarlRedirectKeeps(null), "");
  });

  // Each helper against the Location its framework's redirect helper sends, for every URL: yes exactly when unchanged.
  const redirectHelpers: { helper: string; module: string; location: string }[] = [
    { helper: "litestarRedirectKeeps", module: "litestar", location: "__import__('litestar.utils.helpers').utils.helpers.url_quote(url)" },
    { helper: "sanicRedirectKeeps", module: "sanic", location: "__import__('sanic.response').response.redirect(url).headers['Location']" },
  ];
  for (const { helper, module, location } of redirectHelpers) {
    it(`${helper}: yes exactly when ${module}'s redirect sends the URL unchanged`, { skip: skipWhenMissing(missingPython(module)) }, () => {
      const keeps = helpers[helper] as (url: string | null) => string;
      const urls = [...URLS, ...sample(headerValue, RUNS, SEED + 10)];
      const script = ["import json, sys", "print(json.dumps([" + location + " for url in json.load(sys.stdin)]))"].join("\n");
      const sent = JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as string[];
      urls.forEach((url, i) => assert.equal(keeps(url), sent[i] === url ? "yes" : "", `${module} sends ${JSON.stringify(url)} as ${JSON.stringify(sent[i])}`));
      assert.equal(keeps(null), "");
    });
  }

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
