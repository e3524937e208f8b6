import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.post("/endpoint", (ctx) => {
  ctx.status = 202;
  ctx.body = { status: "accepted", task_id: "abc-123" };
});
