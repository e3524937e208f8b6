import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.set({ Location: "/endpoint/abc-123" });
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  res.status(201).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
