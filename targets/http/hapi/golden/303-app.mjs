import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "POST",
  path: "/endpoint",
  handler: (request, h) => {
    return h.redirect("/endpoint/abc-123").code(303);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
