// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "GET",
      path: "/endpoint",
      handler: (request, h) => {
        const body = { error: "im_a_teapot", message: "I'm a teapot" };
        return h.response(body).code(418);
      },
    });
  },
};
