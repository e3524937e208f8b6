import { Hono } from "hono";

const routes = new Hono();

routes.get("/users/:user_id/posts/:post_id", (c) => {
  // Path parameters: c.req.param("user_id"), c.req.param("post_id") (the fixed response below does not use them).
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  return c.json(body, 200);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
