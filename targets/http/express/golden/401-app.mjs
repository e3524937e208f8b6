import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.set("WWW-Authenticate", 'Bearer realm="api"');
  const body = { error: "unauthorized", message: "Unauthorized" };
  res.status(401).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
