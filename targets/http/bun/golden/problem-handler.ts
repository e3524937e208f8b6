import type { BunRequest } from "bun";

// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/items/:item_id": {
    GET: (req: BunRequest<"/items/:item_id">) => {
      // Path parameters: req.params.item_id (the fixed response below does not use them).
      const problem = {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        instance: new URL(req.url).pathname,
      };
      return Response.json(problem, {
        status: 404,
        headers: { "Content-Type": "application/problem+json" },
      });
    },
  },
};
