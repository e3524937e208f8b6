// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    reply.header("Retry-After", "60");
    const body = { error: "too_many_requests", message: "Too Many Requests" };
    return reply.code(429).send(body);
  });
}
