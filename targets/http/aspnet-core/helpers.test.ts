import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { templateHelpers } from "./helpers.js";

// No .NET runs here: the cases follow Results.Redirect's documented behaviour (see helpers.ts).
describe("ASP.NET Core's template helpers", () => {
  const redirectKeeps = templateHelpers.redirectKeeps as (url: string | null) => string;

  it("uses Results.Redirect only for a URL it sends unchanged", () => {
    for (const ok of ["/next?a=1&b=2#top", "https://example.com/x", "http://h", "/"]) assert.equal(redirectKeeps(ok), "yes", ok);
    for (const bad of ["~/x", "", "mailto:x@y", "relative", "//host/x", null]) assert.equal(redirectKeeps(bad), "", String(bad));
  });
});
