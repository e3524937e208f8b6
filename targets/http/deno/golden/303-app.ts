const ROUTE = new URLPattern({ pathname: "/endpoint" });

function handler(req: Request): Response {
  if (req.method !== "POST" || !ROUTE.test(req.url)) {
    return new Response("Not Found", { status: 404 });
  }
  // Response.redirect() takes only an absolute URL, which it normalizes: the Location header is set as given.
  return new Response(null, {
    status: 303,
    headers: { Location: "/endpoint/abc-123" },
  });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
