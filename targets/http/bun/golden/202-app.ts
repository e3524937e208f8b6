const server = Bun.serve({
  routes: {
    "/endpoint": {
      POST: () => {
        const body = { status: "accepted", task_id: "abc-123" };
        return Response.json(body, { status: 202 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
