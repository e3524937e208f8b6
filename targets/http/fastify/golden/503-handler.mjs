// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    reply.header("Retry-After", "120");
    const body = {
      error: "service_unavailable",
      message: "Service Unavailable",
    };
    return reply.code(503).send(body);
  });
}
