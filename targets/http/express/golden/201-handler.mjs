import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set({ Location: "/endpoint/abc-123" });
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  res.status(201).json(body);
});
