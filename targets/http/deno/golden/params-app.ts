const ROUTE = new URLPattern({ pathname: "/users/:user_id/posts/:post_id" });

function handler(req: Request): Response {
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
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
