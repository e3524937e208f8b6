import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

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

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
