import type { BunRequest } from "bun";

// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    POST: (req: BunRequest<"/endpoint">) => {
      const problem = {
        type: "about:blank",
        title: "Unprocessable Content",
        status: 422,
        instance: new URL(req.url).pathname,
      };
      return Response.json(problem, {
        status: 422,
        headers: { "Content-Type": "application/problem+json" },
      });
    },
  },
};
