const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = { error: "im_a_teapot", message: "I'm a teapot" };
    return Response.json(body, { status: 418 });
  },
} satisfies Deno.ServeDefaultExport;
