const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = { error: "unauthorized", message: "Unauthorized" };
        return Response.json(body, {
          status: 401,
          headers: { "WWW-Authenticate": 'Bearer realm="api"' },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
