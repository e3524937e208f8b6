import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 200;
  ctx.body = {
    message: "\"quoted\" 'string' \\ back\\slash",
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  };
});
