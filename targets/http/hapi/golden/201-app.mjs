import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "POST",
  path: "/endpoint",
  handler: (request, h) => {
    const body = {
      id: "abc-123",
      name: "Example item",
      created_at: "2026-02-24T12:00:00Z",
    };
    return h.response(body).created("/endpoint/abc-123");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
