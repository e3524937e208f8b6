import { Hono } from "hono";

const routes = new Hono();

routes.post("/endpoint", (c) => {
  c.header("Location", "/endpoint/abc-123");
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  return c.json(body, 201);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
