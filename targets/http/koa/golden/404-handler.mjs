import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 404;
  ctx.body = { error: "not_found", message: "Not Found" };
});
