const server = Bun.serve({
  routes: {
    "/users/:user_id/posts/:post_id": {
      GET: (req) => {
        // Path parameters: req.params.user_id, req.params.post_id (the fixed response below does not use them).
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
