import Fastify from "fastify";

const fastify = Fastify({ logger: true });

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

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
