const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = {
      error: "service_unavailable",
      message: "Service Unavailable",
    };
    return Response.json(body, {
      status: 503,
      headers: { "Retry-After": "120" },
    });
  },
} satisfies Deno.ServeDefaultExport;
