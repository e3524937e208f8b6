import Hapi from "@hapi/hapi";

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

server.route({
  method: "GET",
  path: "/endpoint",
  handler: (request, h) => {
    const body = { error: "too_many_requests", message: "Too Many Requests" };
    return h.response(body).code(429).header("Retry-After", "60");
  },
});

await server.start();
console.log(`Listening on ${server.info.uri}`);
