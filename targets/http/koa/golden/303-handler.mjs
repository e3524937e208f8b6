import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.post("/endpoint", (ctx) => {
  ctx.status = 303;
  ctx.redirect("/endpoint/abc-123");
});
