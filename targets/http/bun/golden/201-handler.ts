// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    POST: () => {
      const body = {
        id: "abc-123",
        name: "Example item",
        created_at: "2026-02-24T12:00:00Z",
      };
      return Response.json(body, {
        status: 201,
        headers: { Location: "/endpoint/abc-123" },
      });
    },
  },
};
