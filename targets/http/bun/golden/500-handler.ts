// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = {
        error: "internal_server_error",
        message: "Internal Server Error",
      };
      return Response.json(body, { status: 500 });
    },
  },
};
