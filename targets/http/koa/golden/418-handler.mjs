import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 418;
  ctx.body = { error: "im_a_teapot", message: "I'm a teapot" };
});
