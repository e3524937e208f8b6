const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = {
          error: "too_many_requests",
          message: "Too Many Requests",
        };
        return Response.json(body, {
          status: 429,
          headers: { "Retry-After": "60" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
