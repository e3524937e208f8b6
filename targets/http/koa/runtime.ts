// Koa: each app-style snippet is a `server.mjs` importing "koa" and "@koa/router", started as `node server.mjs`
// with PORT set. A handler-style router is nested under a prefix in a parent router of a Koa app on a loopback
// port and asked once.
import { nodeRuntime } from "../../../languages/javascript/runtime/node.js";

export default nodeRuntime({
  packages: ["koa", "@koa/router"],
  how: "router nested under a prefix, asked on loopback",
  imports: `const { default: Koa } = await import("koa");
const { default: Router } = await import("@koa/router");`,
  mount: `async (mod, prefix) => {
  const parent = new Router();
  parent.use(prefix, mod.router.routes(), mod.router.allowedMethods());
  const app = new Koa().use(parent.routes()).use(parent.allowedMethods());
  const server = await new Promise((ok) => { const s = app.listen(0, "127.0.0.1", () => ok(s)); });
  return { port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}`,
});
