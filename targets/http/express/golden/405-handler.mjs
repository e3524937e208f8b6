import express from "express";

export const router = express.Router();

// Express has no automatic 405: a method with no route for a path gets 404.
router.delete("/endpoint", (req, res) => {
  res.set("Allow", "GET, HEAD");
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  res.status(405).json(body);
});
