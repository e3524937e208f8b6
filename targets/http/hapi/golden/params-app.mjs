import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/users/{user_id}/posts/{post_id}",
  handler: (request, h) => {
    // Path parameters: request.params.user_id, request.params.post_id (the fixed response below does not use them).
    const body = {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
    return h.response(body).code(200);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
