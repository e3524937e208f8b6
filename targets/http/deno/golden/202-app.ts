const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "POST" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  const body = { status: "accepted", task_id: "abc-123" };
  return Response.json(body, { status: 202 });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
