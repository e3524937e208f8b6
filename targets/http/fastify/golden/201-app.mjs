import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.post("/endpoint", async (request, reply) => {
  reply.header("Location", "/endpoint/abc-123");
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  return reply.code(201).send(body);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
