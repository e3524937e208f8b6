import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  const body = { error: "im_a_teapot", message: "I'm a teapot" };
  return c.json(body, 418);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
