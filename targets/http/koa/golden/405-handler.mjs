import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

// router.allowedMethods() answers 405 with Allow by itself for a method the path has no route for; this route sends its own.
router.delete("/endpoint", (ctx) => {
  ctx.set("Allow", "GET, HEAD");
  ctx.status = 405;
  ctx.body = { error: "method_not_allowed", message: "Method Not Allowed" };
});
