const ROUTE = new URLPattern({ pathname: "/users/:user_id/posts/:post_id" });

export default {
  fetch(req) {
    const match = ROUTE.exec(req.url);
    if (req.method !== "GET" || !match) {
      return new Response("Not Found", { status: 404 });
    }
    // Path parameters: match.pathname.groups.user_id, match.pathname.groups.post_id (the fixed response below does not use them).
    const body = {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
    return Response.json(body, { status: 200 });
  },
} satisfies Deno.ServeDefaultExport;
