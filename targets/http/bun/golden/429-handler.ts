// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = { error: "too_many_requests", message: "Too Many Requests" };
      return Response.json(body, {
        status: 429,
        headers: { "Retry-After": "60" },
      });
    },
  },
};
