const ROUTE = new URLPattern({ pathname: "/items/:item_id" });

function handler(req: Request): Response {
  const match = ROUTE.exec(req.url);
  if (req.method !== "GET" || !match) {
    return new Response("Not Found", { status: 404 });
  }
  // Path parameters: match.pathname.groups.item_id (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: new URL(req.url).pathname,
  };
  return Response.json(problem, {
    status: 404,
    headers: { "Content-Type": "application/problem+json" },
  });
}

const port = Number(Deno.env.get("PORT") ?? 8000);
Deno.serve({ port }, handler);
