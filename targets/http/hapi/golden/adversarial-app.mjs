import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
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
    return h.response(body).code(200);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
