// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "POST",
      path: "/endpoint",
      handler: (request, h) => {
        const body = { status: "accepted", task_id: "abc-123" };
        return h.response(body).code(202);
      },
    });
  },
};
