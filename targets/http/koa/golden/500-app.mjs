import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.get("/endpoint", (ctx) => {
  ctx.status = 500;
  ctx.body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
