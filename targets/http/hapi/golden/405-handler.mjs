// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    // hapi has no automatic 405: a method with no route for a path gets 404.
    server.route({
      method: "DELETE",
      path: "/endpoint",
      handler: (request, h) => {
        const body = {
          error: "method_not_allowed",
          message: "Method Not Allowed",
        };
        return h.response(body).code(405).header("Allow", "GET, HEAD");
      },
    });
  },
};
