import { Hono } from "hono";

const routes = new Hono();

routes.post("/endpoint", (c) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: c.req.path,
  };
  return c.json(problem, 422, { "Content-Type": "application/problem+json" });
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
