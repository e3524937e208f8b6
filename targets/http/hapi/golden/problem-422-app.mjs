import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "POST",
  path: "/endpoint",
  handler: (request, h) => {
    const problem = {
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      instance: request.path,
    };
    return h.response(problem).code(422).type("application/problem+json");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
