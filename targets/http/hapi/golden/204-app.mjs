import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "DELETE",
  path: "/endpoint",
  handler: (request, h) => {
    return h.response().code(204);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
