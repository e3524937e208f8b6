import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { missingPython, PYTHON } from "../../../languages/python/runtime/host.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { runCommand } from "../../../test/helpers/files.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("aiohttp's template helpers, against the venv's yarl", () => {
  it("yarlRedirectKeeps: yes only when aiohttp's redirect exceptions send the URL unchanged", { skip: skipWhenMissing(missingPython("aiohttp")) }, () => {
    const yarlRedirectKeeps = templateHelpers.yarlRedirectKeeps as (url: string | null) => string;
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
      ...REDIRECT_URLS,
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
});
