import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 200;
  ctx.body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
});
