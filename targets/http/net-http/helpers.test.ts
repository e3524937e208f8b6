import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import checks from "../../../languages/go/checks.js";
import { goString } from "../../../languages/go/go.js";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { outputLines, runCommand, withTempDir } from "../../../test/helpers/files.js";
import { skipWhenMissing } from "../../../test/helpers/toolchains.js";
import { templateHelpers } from "./helpers.js";

const skip = skipWhenMissing(checks.evaluate.missing());

describe("net/http's template helpers, against net/http itself", () => {
  const redirectKeeps = templateHelpers.redirectKeeps as (url: string | null) => string;

  // What http.Redirect makes of each URL, asked of net/http itself. (A URL url.Parse refuses, such as "1a:b",
  // is sent as it is; redirectKeeps does not model that and answers "", which only costs the helper.)
  const URLS = [
    "/next?a=1&b=2#top",
    "/endpoint/abc-123",
    "https://example.com/new-endpoint",
    "https://example.com/a/../b",
    "mailto:someone@example.com",
    "//cdn.example.com/x/../y",
    "/a/",
    "/",
    "/a b",
    "/a?b/../c",
    "/a/../b",
    "/a/./b",
    "/a//b",
    "///x",
    "//",
    "//#frag",
    "//?q=1",
    "a/b",
    "../up",
    "?q=1",
    "#top",
    "",
    "/a#/../b",
  ];
  const locations = (urls: string[]) => {
    const list = urls.map((u) => `\t\t${goString(u)},`).join("\n");
    const src = `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"net/http/httptest"\n)\n\nfunc main() {\n\tfor _, u := range []string{\n${list}\n\t} {\n\t\trec := httptest.NewRecorder()\n\t\thttp.Redirect(rec, httptest.NewRequest("POST", "/base/path", nil), u, http.StatusFound)\n\t\tfmt.Printf("%x\\n", rec.Header().Get("Location"))\n\t}\n}\n`;
    return withTempDir({ "main.go": src }, (dir) => outputLines(runCommand("go", ["run", join(dir, "main.go")]))).map((h) =>
      Buffer.from(h, "hex").toString("latin1"),
    );
  };

  it("redirectKeeps: yes exactly when http.Redirect sends the URL unchanged", { skip }, () => {
    const sent = locations(URLS);
    URLS.forEach((url, i) => assert.equal(redirectKeeps(url), sent[i] === url ? "yes" : "", `${JSON.stringify(url)} is sent as ${JSON.stringify(sent[i])}`));
    assert.equal(redirectKeeps(null), "");
  });

  it(`redirectKeeps: never yes for a URL http.Redirect would change (random header values, seed ${SEED})`, { skip }, () => {
    const urls = sample(headerValue, Math.min(RUNS, 300), SEED + 9).flatMap((v) => [v, "/" + v, "https://x/" + v]);
    const sent = locations(urls);
    urls.forEach((url, i) => {
      if (redirectKeeps(url))
        assert.equal(sent[i], url, `redirectKeeps says yes, but http.Redirect sends ${JSON.stringify(sent[i])} for ${JSON.stringify(url)}`);
    });
  });
});
