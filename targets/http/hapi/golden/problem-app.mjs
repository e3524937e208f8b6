import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/items/{item_id}",
  handler: (request, h) => {
    // Path parameters: request.params.item_id (the fixed response below does not use them).
    const problem = {
      type: "about:blank",
      title: "Not Found",
      status: 404,
      instance: request.path,
    };
    return h.response(problem).code(404).type("application/problem+json");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
