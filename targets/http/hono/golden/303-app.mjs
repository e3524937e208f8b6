import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.post("/endpoint", (c) => {
  return c.redirect("/endpoint/abc-123", 303);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
