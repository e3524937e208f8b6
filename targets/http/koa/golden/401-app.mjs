import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.set("WWW-Authenticate", 'Bearer realm="api"');
  ctx.status = 401;
  ctx.body = { error: "unauthorized", message: "Unauthorized" };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
