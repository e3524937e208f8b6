// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.post("/endpoint", async (request, reply) => {
    const body = { status: "accepted", task_id: "abc-123" };
    return reply.code(202).send(body);
  });
}
