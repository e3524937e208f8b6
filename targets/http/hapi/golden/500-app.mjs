import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    const body = {
      error: "internal_server_error",
      message: "Internal Server Error",
    };
    return h.response(body).code(500);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
