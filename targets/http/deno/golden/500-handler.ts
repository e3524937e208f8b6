const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = {
      error: "internal_server_error",
      message: "Internal Server Error",
    };
    return Response.json(body, { status: 500 });
  },
} satisfies Deno.ServeDefaultExport;
