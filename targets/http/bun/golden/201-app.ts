const server = Bun.serve({
  routes: {
    "/endpoint": {
      POST: () => {
        const body = {
          id: "abc-123",
          name: "Example item",
          created_at: "2026-02-24T12:00:00Z",
        };
        return Response.json(body, {
          status: 201,
          headers: { Location: "/endpoint/abc-123" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
