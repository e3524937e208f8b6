import express from "express";

const app = express();

app.post("/endpoint", (req, res) => {
  res.redirect(303, "/endpoint/abc-123");
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
