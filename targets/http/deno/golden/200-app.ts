const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "GET" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  return Response.json(body, { status: 200 });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
