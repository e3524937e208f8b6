// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    const body = { error: "not_found", message: "Not Found" };
    return reply.code(404).send(body);
  });
}
