const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = {
      status: "ok",
      data: { id: "abc-123", name: "Example item", active: true },
    };
    return Response.json(body, { status: 200 });
  },
} satisfies Deno.ServeDefaultExport;
