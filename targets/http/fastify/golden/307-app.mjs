import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.get("/endpoint", async (request, reply) => {
  return reply.redirect("https://example.com/new-endpoint", 307);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
