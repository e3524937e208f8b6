import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.post("/endpoint", (ctx) => {
  ctx.status = 202;
  ctx.body = { status: "accepted", task_id: "abc-123" };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
