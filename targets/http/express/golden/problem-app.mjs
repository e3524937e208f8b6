import express from "express";

const app = express();

app.get("/items/:item_id", (req, res) => {
  // Path parameters: req.params.item_id (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: req.path,
  };
  res.status(404).type("application/problem+json").json(problem);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
