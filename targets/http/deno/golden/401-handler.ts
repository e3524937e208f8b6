const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { error: "unauthorized", message: "Unauthorized" };
    return Response.json(body, {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="api"' },
    });
  },
} satisfies Deno.ServeDefaultExport;
