const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = { error: "not_found", message: "Not Found" };
        return Response.json(body, { status: 404 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
