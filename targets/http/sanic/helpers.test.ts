import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { missingPython, pythonForEachUrl } from "../../../languages/python/runtime/host.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("Sanic's template helpers, against the venv's Sanic", () => {
  it("sanicRedirectKeeps: yes exactly when sanic's redirect sends the URL unchanged", { skip: skipWhenMissing(missingPython("sanic")) }, () => {
    const keeps = templateHelpers.sanicRedirectKeeps as (url: string | null) => string;
    const urls = [...REDIRECT_URLS, ...sample(headerValue, RUNS, SEED + 12)];
    const sent = pythonForEachUrl("__import__('sanic.response').response.redirect(url).headers['Location']", urls);
    urls.forEach((url, i) => assert.equal(keeps(url), sent[i] === url ? "yes" : "", `sanic sends ${JSON.stringify(url)} as ${JSON.stringify(sent[i])}`));
    assert.equal(keeps(null), "");
  });
});
