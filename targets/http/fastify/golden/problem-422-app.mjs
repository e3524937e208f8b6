import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.post("/endpoint", async (request, reply) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: request.url.split("?")[0],
  };
  return reply.code(422).type("application/problem+json").send(problem);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
