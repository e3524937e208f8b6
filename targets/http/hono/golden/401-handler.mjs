import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  c.header("WWW-Authenticate", 'Bearer realm="api"');
  const body = { error: "unauthorized", message: "Unauthorized" };
  return c.json(body, 401);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
