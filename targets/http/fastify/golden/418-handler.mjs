// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/endpoint", async (request, reply) => {
    const body = { error: "im_a_teapot", message: "I'm a teapot" };
    return reply.code(418).send(body);
  });
}
