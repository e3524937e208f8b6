import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/endpoint", (c) => {
  c.header("WWW-Authenticate", 'Bearer realm="api"');
  const body = { error: "unauthorized", message: "Unauthorized" };
  return c.json(body, 401);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
