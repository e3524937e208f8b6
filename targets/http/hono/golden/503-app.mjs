import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/endpoint", (c) => {
  c.header("Retry-After", "120");
  const body = { error: "service_unavailable", message: "Service Unavailable" };
  return c.json(body, 503);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
