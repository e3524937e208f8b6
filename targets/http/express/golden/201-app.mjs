import express from "express";

const app = express();

app.post("/endpoint", (req, res) => {
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  res.status(201).location("/endpoint/abc-123").json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
