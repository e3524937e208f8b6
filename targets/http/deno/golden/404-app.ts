const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "GET" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  const body = { error: "not_found", message: "Not Found" };
  return Response.json(body, { status: 404 });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
