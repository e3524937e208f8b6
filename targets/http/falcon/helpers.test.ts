import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { missingPython, PYTHON } from "../../../languages/python/runtime/host.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { runCommand } from "../../../test/helpers/files.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("Falcon's template helpers, against the venv's Falcon", () => {
  it("falconLocationKeeps: yes exactly when Falcon's resp.location sends the URL unchanged", { skip: skipWhenMissing(missingPython("falcon")) }, () => {
    const falconLocationKeeps = templateHelpers.falconLocationKeeps as (url: string | null) => string;
    const urls = [...REDIRECT_URLS, "/%zz", "/%4", "/100%", "/%41%zz", "/a%2Fb?x=%20", ...sample(headerValue, RUNS, SEED + 11)];
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
});
