// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "POST",
      path: "/endpoint",
      handler: (request, h) => {
        const problem = {
          type: "about:blank",
          title: "Unprocessable Content",
          status: 422,
          instance: request.path,
        };
        return h.response(problem).code(422).type("application/problem+json");
      },
    });
  },
};
