// Fastify: each app-style snippet is a `server.mjs` importing "fastify", started as `node server.mjs` with PORT
// set. A handler-style plugin is registered under a prefix on a Fastify instance on a loopback port and asked once.
import { nodeRuntime } from "../../../languages/javascript/runtime/node.js";

export default nodeRuntime({
  packages: ["fastify"],
  how: "plugin registered under a prefix, asked on loopback",
  imports: `const { default: Fastify } = await import("fastify");`,
  mount: `async (mod, prefix) => {
  const app = Fastify();
  app.register(mod.default, { prefix });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { port: app.server.address().port, close: () => app.close() };
}`,
});
