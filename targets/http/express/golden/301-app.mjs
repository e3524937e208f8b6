import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.set({ Location: "https://example.com/new-endpoint" });
  const body = {
    location: "https://example.com/new-endpoint",
    message: "This resource has moved permanently.",
  };
  res.status(301).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
