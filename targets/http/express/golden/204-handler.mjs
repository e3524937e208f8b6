import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.status(204).end();
});
