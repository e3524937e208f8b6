// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "POST",
      path: "/endpoint",
      handler: (request, h) => {
        return h.redirect("/endpoint/abc-123").code(303);
      },
    });
  },
};
