import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  res.status(200).json(body);
});
