// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = {
        error: "service_unavailable",
        message: "Service Unavailable",
      };
      return Response.json(body, {
        status: 503,
        headers: { "Retry-After": "120" },
      });
    },
  },
};
