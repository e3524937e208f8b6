// hapi: each app-style snippet is a `server.mjs` importing "@hapi/hapi", started as `node server.mjs` with PORT
// set. A handler-style plugin is registered under a route prefix on a hapi server on a loopback port and asked once.
import { nodeRuntime } from "../../../languages/javascript/runtime/node.js";

export default nodeRuntime({
  packages: ["@hapi/hapi"],
  how: "plugin registered under a route prefix, asked on loopback",
  imports: `const { default: Hapi } = await import("@hapi/hapi");`,
  mount: `async (mod, prefix) => {
  const server = Hapi.server({ port: 0, host: "127.0.0.1" });
  await server.register(mod.plugin, { routes: { prefix } });
  await server.start();
  return { port: server.info.port, close: () => server.stop() };
}`,
});
