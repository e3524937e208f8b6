import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  const body = { error: "not_found", message: "Not Found" };
  return c.json(body, 404);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
