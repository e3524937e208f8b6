import express from "express";

const app = express();

// Express has no automatic 405: a method with no route for a path gets 404.
app.delete("/endpoint", (req, res) => {
  res.set("Allow", "GET, HEAD");
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  res.status(405).json(body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Listening on http://localhost:${port}`);
});
