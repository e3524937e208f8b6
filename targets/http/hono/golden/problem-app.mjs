import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/items/:item_id", (c) => {
  // Path parameters: c.req.param("item_id") (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: c.req.path,
  };
  return c.json(problem, 404, { "Content-Type": "application/problem+json" });
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
