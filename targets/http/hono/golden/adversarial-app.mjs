import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/endpoint", (c) => {
  const body = {
    message: "\"quoted\" 'string' \\ back\\slash",
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  };
  return c.json(body, 200);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
