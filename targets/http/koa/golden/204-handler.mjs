import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.delete("/endpoint", (ctx) => {
  ctx.status = 204;
});
