// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.post("/endpoint", async (request, reply) => {
    reply.header("Location", "/endpoint/abc-123");
    const body = {
      id: "abc-123",
      name: "Example item",
      created_at: "2026-02-24T12:00:00Z",
    };
    return reply.code(201).send(body);
  });
}
