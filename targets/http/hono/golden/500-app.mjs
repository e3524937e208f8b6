import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();

app.get("/endpoint", (c) => {
  const body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
  return c.json(body, 500);
});

const port = Number(process.env.PORT ?? 3000);
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Listening on http://localhost:${info.port}`);
});
