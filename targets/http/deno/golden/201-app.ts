const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "POST" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  return Response.json(body, {
    status: 201,
    headers: { Location: "/endpoint/abc-123" },
  });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
