import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    return h.redirect("https://example.com/new-endpoint").rewritable(false);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
