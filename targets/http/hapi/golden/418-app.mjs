import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    const body = { error: "im_a_teapot", message: "I'm a teapot" };
    return h.response(body).code(418);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
