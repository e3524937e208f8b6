const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        return Response.redirect("https://example.com/new-endpoint", 301);
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
