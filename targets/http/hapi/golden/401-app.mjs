import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    const body = { error: "unauthorized", message: "Unauthorized" };
    return h
      .response(body)
      .code(401)
      .header("WWW-Authenticate", 'Bearer realm="api"');
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
