import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    return h.redirect("https://example.com/new-endpoint").permanent();
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
