// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    DELETE: () => {
      const body = {
        error: "method_not_allowed",
        message: "Method Not Allowed",
      };
      return Response.json(body, {
        status: 405,
        headers: { Allow: "GET, HEAD" },
      });
    },
  },
};
