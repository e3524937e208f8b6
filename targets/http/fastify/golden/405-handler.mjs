// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  // Fastify has no automatic 405: a method with no route for a path gets 404.
  fastify.delete("/endpoint", async (request, reply) => {
    reply.header("Allow", "GET, HEAD");
    const body = { error: "method_not_allowed", message: "Method Not Allowed" };
    return reply.code(405).send(body);
  });
}
