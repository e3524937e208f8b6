import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.set("Retry-After", "120");
  const body = { error: "service_unavailable", message: "Service Unavailable" };
  res.status(503).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
