import { Hono } from "hono";

const routes = new Hono();

routes.post("/endpoint", (c) => {
  const body = { status: "accepted", task_id: "abc-123" };
  return c.json(body, 202);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
