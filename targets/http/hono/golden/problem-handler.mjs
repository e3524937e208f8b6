import { Hono } from "hono";

const routes = new Hono();

routes.get("/items/:item_id", (c) => {
  // Path parameters: c.req.param("item_id") (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: c.req.path,
  };
  return c.json(problem, 404, { "Content-Type": "application/problem+json" });
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
