import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { missingPython, pythonForEachUrl } from "../../../languages/python/runtime/host.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("Litestar's template helpers, against the venv's Litestar", () => {
  it("litestarRedirectKeeps: yes exactly when litestar's redirect sends the URL unchanged", { skip: skipWhenMissing(missingPython("litestar")) }, () => {
    const keeps = templateHelpers.litestarRedirectKeeps as (url: string | null) => string;
    const urls = [...REDIRECT_URLS, ...sample(headerValue, RUNS, SEED + 10)];
    const sent = pythonForEachUrl("__import__('litestar.utils.helpers').utils.helpers.url_quote(url)", urls);
    urls.forEach((url, i) => assert.equal(keeps(url), sent[i] === url ? "yes" : "", `litestar sends ${JSON.stringify(url)} as ${JSON.stringify(sent[i])}`));
    assert.equal(keeps(null), "");
  });
});
