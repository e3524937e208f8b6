import express from "express";

export const router = express.Router();

router.delete("/endpoint", (req, res) => {
  res.sendStatus(204);
});
