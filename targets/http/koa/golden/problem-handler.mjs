import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.get("/items/:item_id", (ctx) => {
  // Path parameters: ctx.params.item_id (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: ctx.path,
  };
  ctx.status = 404;
  ctx.type = "application/problem+json";
  ctx.body = problem;
});
