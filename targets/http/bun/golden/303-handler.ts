// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    POST: () => {
      return Response.redirect("/endpoint/abc-123", 303);
    },
  },
};
