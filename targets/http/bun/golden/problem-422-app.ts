const server = Bun.serve({
  routes: {
    "/endpoint": {
      POST: (req) => {
        const problem = {
          type: "about:blank",
          title: "Unprocessable Content",
          status: 422,
          instance: new URL(req.url).pathname,
        };
        return Response.json(problem, {
          status: 422,
          headers: { "Content-Type": "application/problem+json" },
        });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
