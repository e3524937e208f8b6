import Router from "@koa/router";

// Mount it with app.use(router.routes()).use(router.allowedMethods()).
export const router = new Router();

router.post("/endpoint", (ctx) => {
  ctx.set("Location", "/endpoint/abc-123");
  ctx.status = 201;
  ctx.body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
});
