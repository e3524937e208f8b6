// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = { error: "unauthorized", message: "Unauthorized" };
      return Response.json(body, {
        status: 401,
        headers: { "WWW-Authenticate": 'Bearer realm="api"' },
      });
    },
  },
};
