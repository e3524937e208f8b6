const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = {
          status: "ok",
          data: { id: "abc-123", name: "Example item", active: true },
        };
        return Response.json(body, { status: 200 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
