import express from "express";

const app = express();

app.get("/users/:user_id/posts/:post_id", (req, res) => {
  // Path parameters: req.params.user_id, req.params.post_id (the fixed response below does not use them).
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  res.status(200).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
