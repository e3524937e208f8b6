import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { BUN } from "../../../languages/typescript/checks.js";
import { headerValue, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { FETCH_REDIRECT_URLS } from "../../../test/helpers/urls.js";
import { templateHelpers } from "./helpers.js";

describe("Bun's template helpers, against Bun itself", () => {
  const relativeOrUrlKeeps = templateHelpers.relativeOrUrlKeeps as (url: string | null) => string;
  const bunRuns = spawnSync(BUN, ["--version"]).status === 0;
  it(
    "relativeOrUrlKeeps: yes exactly when Bun's Response.redirect sends the URL unchanged",
    { skip: bunRuns ? false : "bun is not installed (npm install)" },
    () => {
      const urls = [...FETCH_REDIRECT_URLS, ...sample(headerValue, 200, SEED + 10)];
      const script = `for (const url of JSON.parse(process.argv[1])) { try { console.log(JSON.stringify(Response.redirect(url, 302).headers.get("location"))); } catch { console.log("null"); } }`;
      const r = spawnSync(BUN, ["-e", script, JSON.stringify(urls)], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      const sent = r.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as string | null);
      assert.equal(sent.length, urls.length, r.stdout);
      urls.forEach((url, i) =>
        assert.equal(relativeOrUrlKeeps(url), sent[i] === url ? "yes" : "", `${JSON.stringify(url)} is sent as ${JSON.stringify(sent[i])}`),
      );
      assert.equal(relativeOrUrlKeeps(null), "");
    },
  );
});
