const server = Bun.serve({
  routes: {
    "/items/:item_id": {
      GET: (req) => {
        // Path parameters: req.params.item_id (the fixed response below does not use them).
        const problem = {
          type: "about:blank",
          title: "Not Found",
          status: 404,
          instance: new URL(req.url).pathname,
        };
        return Response.json(problem, {
          status: 404,
          headers: { "Content-Type": "application/problem+json" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
