import { Hono } from "hono";

const routes = new Hono();

routes.post("/endpoint", (c) => {
  return c.redirect("/endpoint/abc-123", 303);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
