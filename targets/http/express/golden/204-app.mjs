import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.status(204).end();
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
