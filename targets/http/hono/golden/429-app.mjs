import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/endpoint", (c) => {
  c.header("Retry-After", "60");
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  return c.json(body, 429);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
