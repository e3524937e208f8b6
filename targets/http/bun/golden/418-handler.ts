// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
      const body = { error: "im_a_teapot", message: "I'm a teapot" };
      return Response.json(body, { status: 418 });
    },
  },
};
