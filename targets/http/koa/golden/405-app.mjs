import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

// router.allowedMethods() answers 405 with Allow by itself for a method the path has no route for; this route sends its own.
router.delete("/endpoint", (ctx) => {
  ctx.set("Allow", "GET, HEAD");
  ctx.status = 405;
  ctx.body = { error: "method_not_allowed", message: "Method Not Allowed" };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
