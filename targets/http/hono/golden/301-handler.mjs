import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  return c.redirect("https://example.com/new-endpoint", 301);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
