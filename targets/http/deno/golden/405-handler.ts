const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "DELETE" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { error: "method_not_allowed", message: "Method Not Allowed" };
    return Response.json(body, {
      status: 405,
      headers: { Allow: "GET, HEAD" },
    });
  },
} satisfies Deno.ServeDefaultExport;
