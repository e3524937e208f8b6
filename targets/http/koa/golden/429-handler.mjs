import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.set("Retry-After", "60");
  ctx.status = 429;
  ctx.body = { error: "too_many_requests", message: "Too Many Requests" };
});
