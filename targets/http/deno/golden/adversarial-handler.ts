const ROUTE = new URLPattern({ pathname: "/endpoint" });

export default {
  fetch(req) {
    if (req.method !== "GET" || !ROUTE.test(req.url)) {
      return new Response("Not Found", { status: 404 });
    }
    const body = {
      message: "\"quoted\" 'string' \\ back\\slash",
      js: "${process.env.HOME}",
      ruby: "#{system('id')} #@x",
      shell: "$x $(id) `id`",
      comment: '*/ -- ?> """',
      lines: "one\ntwo\r\n\tthree\u2028four",
      unicode: "café 😀 漢字",
      nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
    };
    return Response.json(body, { status: 200 });
  },
} satisfies Deno.ServeDefaultExport;
