import express from "express";

export const router = express.Router();

router.get("/users/:user_id/posts/:post_id", (req, res) => {
  const { user_id, post_id } = req.params;
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  res.status(200).json(body);
});
