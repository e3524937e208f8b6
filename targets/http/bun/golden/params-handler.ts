import type { BunRequest } from "bun";

// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/users/:user_id/posts/:post_id": {
    GET: (req: BunRequest<"/users/:user_id/posts/:post_id">) => {
      // Path parameters: req.params.user_id, req.params.post_id (the fixed response below does not use them).
      const body = {
        status: "ok",
        data: { id: "abc-123", name: "Example item", active: true },
      };
      return Response.json(body, { status: 200 });
    },
  },
};
