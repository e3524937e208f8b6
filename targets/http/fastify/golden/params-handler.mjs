// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/users/:user_id/posts/:post_id", async (request, reply) => {
    // Path parameters: request.params.user_id, request.params.post_id (the fixed response below does not use them).
    const body = {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
    return reply.code(200).send(body);
  });
}
