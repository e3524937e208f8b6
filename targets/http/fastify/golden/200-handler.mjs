// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    const body = {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
    return reply.code(200).send(body);
  });
}
