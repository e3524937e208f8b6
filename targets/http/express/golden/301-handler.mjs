import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set({ Location: "https://example.com/new-endpoint" });
  const body = {
    location: "https://example.com/new-endpoint",
    message: "This resource has moved permanently.",
  };
  res.status(301).json(body);
});
