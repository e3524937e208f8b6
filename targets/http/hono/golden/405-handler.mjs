import { Hono } from "hono";

const routes = new Hono();

// Hono has no automatic 405: a method with no route for a path gets 404.
routes.delete("/endpoint", (c) => {
  c.header("Allow", "GET, HEAD");
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  return c.json(body, 405);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
