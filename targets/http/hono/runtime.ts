// Hono on Node: each app-style snippet is a `server.mjs` importing "hono" and "@hono/node-server", started as
// `node server.mjs` with PORT set. A handler-style app is mounted with app.route() under a prefix, served by
// @hono/node-server on a loopback port, and asked once.
import { nodeRuntime } from "../../../languages/javascript/runtime/node.js";

export default nodeRuntime({
  packages: ["hono", "@hono/node-server"],
  how: "app mounted under a prefix with app.route(), asked on loopback",
  imports: `const { Hono } = await import("hono");
const { serve } = await import("@hono/node-server");`,
  mount: `async (mod, prefix) => {
  const app = new Hono().route(prefix, mod.default);
  const server = await new Promise((ok) => { const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s)); });
  return { port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}`,
});
