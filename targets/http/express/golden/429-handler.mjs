import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set("Retry-After", "60");
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  res.status(429).json(body);
});
