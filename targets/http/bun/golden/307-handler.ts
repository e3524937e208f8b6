// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      return Response.redirect("https://example.com/new-endpoint", 307);
    },
  },
};
