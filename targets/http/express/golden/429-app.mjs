import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.set("Retry-After", "60");
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  res.status(429).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
