// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.post("/endpoint", async (request, reply) => {
    return reply.redirect("/endpoint/abc-123", 303);
  });
}
