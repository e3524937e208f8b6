const server = Bun.serve({
  routes: {
    "/endpoint": {
      DELETE: () => {
        return new Response(null, { status: 204 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
