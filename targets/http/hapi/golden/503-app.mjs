import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    const body = {
      error: "service_unavailable",
      message: "Service Unavailable",
    };
    return h.response(body).code(503).header("Retry-After", "120");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
