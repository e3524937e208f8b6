const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "POST" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { status: "accepted", task_id: "abc-123" };
    return Response.json(body, { status: 202 });
  },
} satisfies Deno.ServeDefaultExport;
