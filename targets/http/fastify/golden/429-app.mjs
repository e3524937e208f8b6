import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.get("/endpoint", async (request, reply) => {
  reply.header("Retry-After", "60");
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  return reply.code(429).send(body);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
