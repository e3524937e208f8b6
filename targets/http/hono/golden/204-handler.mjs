import { Hono } from "hono";

const routes = new Hono();

routes.delete("/endpoint", (c) => {
  return c.body(null, 204);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
