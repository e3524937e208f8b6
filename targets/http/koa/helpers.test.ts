import assert from "node:assert/strict";
import { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { Socket } from "node:net";
import { describe, it } from "node:test";
import { headerValue, RUNS, SEED } from "../../../test/helpers/arbitraries.js";
import { sample } from "../../../test/helpers/escapers.js";
import { templateHelpers } from "./helpers.js";

describe("Koa's template helpers, against Koa itself", () => {
  const koaRedirectKeeps = templateHelpers.koaRedirectKeeps as (url: string | null) => string;
  // Koa's own ctx.redirect(), on a context of a Koa app (no server): the Location it would send, or its error.
  const koaLocation = (() => {
    try {
      const Koa = createRequire(import.meta.url)("koa") as new () => { createContext(req: unknown, res: unknown): KoaContext };
      const app = new Koa();
      return (url: string): string => {
        const req = new IncomingMessage(new Socket());
        Object.assign(req, { method: "GET", url: "/", headers: {} });
        const ctx = app.createContext(req, new ServerResponse(req));
        try {
          ctx.redirect(url);
          return ctx.response.get("Location");
        } catch (err) {
          return `(throws: ${(err as Error).message})`;
        }
      };
    } catch {
      return null;
    }
  })();
  type KoaContext = { redirect(url: string): void; response: { get(name: string): string } };
  const URLS = [
    "https://example.com/new-endpoint",
    "https://example.com",
    "HTTPS://Example.com/x",
    "http://example.com:80/x",
    "https://example.com/a/../b",
    "https://example.com/a b",
    "https://",
    "http:/x",
    "/next?a=1&b=2#top",
    "//example.com/x",
    "/%zz",
    "/a b",
    "",
  ];

  it(
    "koaRedirectKeeps: yes exactly when Koa's ctx.redirect() sends the URL unchanged",
    { skip: koaLocation ? false : "koa is not installed (npm install)" },
    () => {
      for (const url of [...URLS, ...sample(headerValue, RUNS, SEED + 8), ...sample(headerValue, RUNS, SEED + 9).map((v) => "https://example.com/" + v)]) {
        const sent = koaLocation!(url);
        assert.equal(koaRedirectKeeps(url), sent === url ? "yes" : "", `${JSON.stringify(url)} is sent as ${JSON.stringify(sent)}`);
      }
      assert.equal(koaRedirectKeeps(null), "");
    },
  );
});
