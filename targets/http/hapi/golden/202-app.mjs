import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "POST",
  path: "/endpoint",
  handler: (request, h) => {
    const body = { status: "accepted", task_id: "abc-123" };
    return h.response(body).code(202);
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
