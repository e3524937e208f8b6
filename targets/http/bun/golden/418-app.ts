const server = Bun.serve({
  routes: {
    "/endpoint": {
      GET: () => {
        const body = { error: "im_a_teapot", message: "I'm a teapot" };
        return Response.json(body, { status: 418 });
      },
    },
  },
});

// Bun.serve listens on $BUN_PORT, $PORT or $NODE_PORT, else on 3000.
console.log(`Listening on ${server.url}`);
