import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set("Retry-After", "120");
  const body = { error: "service_unavailable", message: "Service Unavailable" };
  res.status(503).json(body);
});
