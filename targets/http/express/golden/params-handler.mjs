import express from "express";

export const router = express.Router();

router.get("/users/:user_id/posts/:post_id", (req, res) => {
  // Path parameters: req.params.user_id, req.params.post_id (the fixed response below does not use them).
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  res.status(200).json(body);
});
