const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = {
          error: "internal_server_error",
          message: "Internal Server Error",
        };
        return Response.json(body, { status: 500 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
