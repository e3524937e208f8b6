const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "POST" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const problem = {
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      instance: new URL(req.url).pathname,
    };
    return Response.json(problem, {
      status: 422,
      headers: { "Content-Type": "application/problem+json" },
    });
  },
} satisfies Deno.ServeDefaultExport;
