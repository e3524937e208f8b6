// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = {
        status: "ok",
        data: { id: "abc-123", name: "Example item", active: true },
      };
      return Response.json(body, { status: 200 });
    },
  },
};
