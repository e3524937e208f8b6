// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    const body = {
      error: "internal_server_error",
      message: "Internal Server Error",
    };
    return reply.code(500).send(body);
  });
}
