import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  const body = { error: "not_found", message: "Not Found" };
  res.status(404).json(body);
});
