import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.set("Retry-After", "120");
  ctx.status = 503;
  ctx.body = { error: "service_unavailable", message: "Service Unavailable" };
});
