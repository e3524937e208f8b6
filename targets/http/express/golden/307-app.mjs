import express from "express";

const app = express();

app.get("/endpoint", (req, res) => {
  res.redirect(307, "https://example.com/new-endpoint");
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
