const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = {
          error: "service_unavailable",
          message: "Service Unavailable",
        };
        return Response.json(body, {
          status: 503,
          headers: { "Retry-After": "120" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
