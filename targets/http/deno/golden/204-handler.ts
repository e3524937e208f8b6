const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "DELETE" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    return new Response(null, { status: 204 });
  },
} satisfies Deno.ServeDefaultExport;
