import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  c.header("Retry-After", "120");
  const body = { error: "service_unavailable", message: "Service Unavailable" };
  return c.json(body, 503);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
