const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "GET" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  return Response.json(body, { status: 429, headers: { "Retry-After": "60" } });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
