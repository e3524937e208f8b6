// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "GET",
      path: "/items/{item_id}",
      handler: (request, h) => {
        // Path parameters: request.params.item_id (the fixed response below does not use them).
        const problem = {
          type: "about:blank",
          title: "Not Found",
          status: 404,
          instance: request.path,
        };
        return h.response(problem).code(404).type("application/problem+json");
      },
    });
  },
};
