import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.post("/endpoint", (c) => {
  c.header("Location", "/endpoint/abc-123");
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  return c.json(body, 201);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
