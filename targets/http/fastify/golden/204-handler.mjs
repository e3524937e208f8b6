// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.delete("/endpoint", async (request, reply) => {
    return reply.code(204).send();
  });
}
