const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { error: "not_found", message: "Not Found" };
    return Response.json(body, { status: 404 });
  },
} satisfies Deno.ServeDefaultExport;
