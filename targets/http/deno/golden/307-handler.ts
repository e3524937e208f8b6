const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    return Response.redirect("https://example.com/new-endpoint", 307);
  },
} satisfies Deno.ServeDefaultExport;
