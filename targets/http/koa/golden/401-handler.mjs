import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.set("WWW-Authenticate", 'Bearer realm="api"');
  ctx.status = 401;
  ctx.body = { error: "unauthorized", message: "Unauthorized" };
});
