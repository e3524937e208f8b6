import express from "express";

const app = express();

app.post("/endpoint", (req, res) => {
  const body = { status: "accepted", task_id: "abc-123" };
  res.status(202).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
