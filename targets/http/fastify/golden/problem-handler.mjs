// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.get("/items/:item_id", async (request, reply) => {
    // Path parameters: request.params.item_id (the fixed response below does not use them).
    const problem = {
      type: "about:blank",
      title: "Not Found",
      status: 404,
      instance: request.url.split("?")[0],
    };
    return reply.code(404).type("application/problem+json").send(problem);
  });
}
