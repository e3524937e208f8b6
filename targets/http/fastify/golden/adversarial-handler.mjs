// A plugin: fastify.register(routes), or fastify.register(routes, { prefix: "/api" }) to mount it under a prefix.
export default async function routes(fastify) {
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
}
