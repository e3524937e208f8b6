import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  const body = { error: "not_found", message: "Not Found" };
  res.status(404).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
