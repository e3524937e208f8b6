import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  c.header("Retry-After", "60");
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  return c.json(body, 429);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
