const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "POST" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    // Response.redirect() takes only an absolute URL, which it normalizes: the Location header is set as given.
    return new Response(null, {
      status: 303,
      headers: { Location: "/endpoint/abc-123" },
    });
  },
} satisfies Deno.ServeDefaultExport;
