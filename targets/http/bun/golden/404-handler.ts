// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = { error: "not_found", message: "Not Found" };
      return Response.json(body, { status: 404 });
    },
  },
};
