const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { error: "too_many_requests", message: "Too Many Requests" };
    return Response.json(body, {
      status: 429,
      headers: { "Retry-After": "60" },
    });
  },
} satisfies Deno.ServeDefaultExport;
