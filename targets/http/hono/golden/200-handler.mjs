import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  return c.json(body, 200);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
