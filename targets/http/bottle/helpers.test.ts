import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { missingPython, PYTHON } from "../../../languages/python/runtime/host.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { runCommand } from "../../../test/helpers/files.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("Bottle's template helpers, against the venv's Python", () => {
  it(
    "bottleRedirectKeeps: yes only when Bottle's redirect() sends the URL unchanged behind http and https alike",
    { skip: skipWhenMissing(missingPython("urllib")) },
    () => {
      const bottleRedirectKeeps = templateHelpers.bottleRedirectKeeps as (url: string | null) => string;
      const extra = [
        "https://example.com/new-endpoint",
        "http://h:8080/a/../b?x=1#f",
        "https://h/a;p",
        "https://h/?",
        "https://h/#",
        "HTTPS://h/x",
        "https://h?a",
      ];
      const urls = [...REDIRECT_URLS, ...extra, ...sample(headerValue, RUNS, SEED + 13)];
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
});
