import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  const body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
  return c.json(body, 500);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
