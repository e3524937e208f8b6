const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "DELETE" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  return new Response(null, { status: 204 });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
