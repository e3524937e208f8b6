import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  const body = { error: "im_a_teapot", message: "I'm a teapot" };
  res.status(418).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
