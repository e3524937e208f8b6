import Fastify from "fastify";

const fastify = Fastify({ logger: true });

// Fastify has no automatic 405: a method with no route for a path gets 404.
fastify.delete("/endpoint", async (request, reply) => {
  reply.header("Allow", "GET, HEAD");
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  return reply.code(405).send(body);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
