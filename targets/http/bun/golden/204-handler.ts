// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    DELETE: () => {
      return new Response(null, { status: 204 });
    },
  },
};
