import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.post("/endpoint", (ctx) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: ctx.path,
  };
  ctx.status = 422;
  ctx.type = "application/problem+json";
  ctx.body = problem;
});
