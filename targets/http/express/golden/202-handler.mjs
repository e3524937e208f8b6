import express from "express";

export const router = express.Router();

router.post("/endpoint", (req, res) => {
  const body = { status: "accepted", task_id: "abc-123" };
  res.status(202).json(body);
});
