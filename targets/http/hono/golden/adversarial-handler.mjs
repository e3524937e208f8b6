import { Hono } from "hono";

const routes = new Hono();

routes.get("/endpoint", (c) => {
  const body = {
    message: "\"quoted\" 'string' \\ back\\slash",
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  };
  return c.json(body, 200);
});

// Mount it with app.route("/", routes), or under a prefix: app.route("/api", routes).
export default routes;
