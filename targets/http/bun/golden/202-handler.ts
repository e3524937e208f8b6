// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    POST: () => {
      const body = { status: "accepted", task_id: "abc-123" };
      return Response.json(body, { status: 202 });
    },
  },
};
