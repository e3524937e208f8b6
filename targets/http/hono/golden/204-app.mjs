import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.delete("/endpoint", (c) => {
  return c.body(null, 204);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
