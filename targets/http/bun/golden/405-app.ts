const server = Bun.serve({
  routes: {
    "/endpoint": {
      DELETE: () => {
        const body = {
          error: "method_not_allowed",
          message: "Method Not Allowed",
        };
        return Response.json(body, {
          status: 405,
          headers: { Allow: "GET, HEAD" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
