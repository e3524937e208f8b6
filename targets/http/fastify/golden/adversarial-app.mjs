import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.get("/endpoint", async (request, reply) => {
  const body = {
    message: "\"quoted\" 'string' \\ back\\slash",
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  };
  return reply.code(200).send(body);
});

const port = Number(process.env.PORT ?? 3000);
try {
  // Fastify listens on localhost alone by default; 0.0.0.0 takes connections on every IPv4 interface, as a container needs.
  await fastify.listen({ port, host: "0.0.0.0" });
} catch (err) {
  fastify.log.error(err);
  process.exit(1);
}
