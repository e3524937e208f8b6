// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    return reply.redirect("https://example.com/new-endpoint", 307);
  });
}
