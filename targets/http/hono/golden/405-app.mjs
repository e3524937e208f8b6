import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

// Hono has no automatic 405: a method with no route for a path gets 404.
app.delete("/endpoint", (c) => {
  c.header("Allow", "GET, HEAD");
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  return c.json(body, 405);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
