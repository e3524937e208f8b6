import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.post("/endpoint", (ctx) => {
  ctx.set("Location", "/endpoint/abc-123");
  ctx.status = 201;
  ctx.body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
