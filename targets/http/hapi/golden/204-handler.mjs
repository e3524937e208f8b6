// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "DELETE",
      path: "/endpoint",
      handler: (request, h) => {
        return h.response().code(204);
      },
    });
  },
};
