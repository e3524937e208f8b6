// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    reply.header("WWW-Authenticate", 'Bearer realm="api"');
    const body = { error: "unauthorized", message: "Unauthorized" };
    return reply.code(401).send(body);
  });
}
