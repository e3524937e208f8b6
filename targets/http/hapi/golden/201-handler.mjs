// A plugin: await server.register(plugin), or server.register(plugin, { routes: { prefix: "/api" } }) to mount it under a prefix.
export const plugin = {
  name: "routes",
  async register(server) {
    server.route({
      method: "POST",
      path: "/endpoint",
      handler: (request, h) => {
        const body = {
          id: "abc-123",
          name: "Example item",
          created_at: "2026-02-24T12:00:00Z",
        };
        return h.response(body).created("/endpoint/abc-123");
      },
    });
  },
};
