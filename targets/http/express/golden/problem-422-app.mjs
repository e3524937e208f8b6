import express from "express";

const app = express();

app.post("/endpoint", (req, res) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: req.path,
  };
  res.status(422).type("application/problem+json").json(problem);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
