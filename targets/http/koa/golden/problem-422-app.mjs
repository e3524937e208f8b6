import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

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

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
