import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.post("/endpoint", (c) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: c.req.path,
  };
  return c.json(problem, 422, { "Content-Type": "application/problem+json" });
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
