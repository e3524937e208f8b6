// Mount in an app with Bun.serve({ routes }), or spread into its routes: { ...routes }.
export const routes = {
  "/endpoint": {
    GET: () => {
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
  },
};
