import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 500;
  ctx.body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
});
