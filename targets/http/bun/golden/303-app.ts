const server = Bun.serve({
  routes: {
    "/endpoint": {
      POST: () => {
        return Response.redirect("/endpoint/abc-123", 303);
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
