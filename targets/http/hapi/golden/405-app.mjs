import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

// hapi has no automatic 405: a method with no route for a path gets 404.
server.route({
  method: "DELETE",
  path: "/endpoint",
  handler: (request, h) => {
    const body = { error: "method_not_allowed", message: "Method Not Allowed" };
    return h.response(body).code(405).header("Allow", "GET, HEAD");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
