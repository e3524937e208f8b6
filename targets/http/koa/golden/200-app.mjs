import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 200;
  ctx.body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
