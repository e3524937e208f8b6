import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 301;
  ctx.redirect("https://example.com/new-endpoint");
});
