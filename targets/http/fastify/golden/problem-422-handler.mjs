// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
  fastify.post("/endpoint", async (request, reply) => {
    const problem = {
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      instance: request.url.split("?")[0],
    };
    return reply.code(422).type("application/problem+json").send(problem);
  });
}
