const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "POST" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = {
      id: "abc-123",
      name: "Example item",
      created_at: "2026-02-24T12:00:00Z",
    };
    return Response.json(body, {
      status: 201,
      headers: { Location: "/endpoint/abc-123" },
    });
  },
} satisfies Deno.ServeDefaultExport;
