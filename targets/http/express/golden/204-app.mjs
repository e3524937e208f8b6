import express from "express";

const app = express();

app.delete("/endpoint", (req, res) => {
  res.sendStatus(204);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
