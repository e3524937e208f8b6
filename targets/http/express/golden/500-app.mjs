import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  const body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
  res.status(500).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
