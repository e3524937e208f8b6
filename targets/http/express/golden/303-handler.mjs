import express from "express";

export const router = express.Router();

router.post("/endpoint", (req, res) => {
  res.redirect(303, "/endpoint/abc-123");
});
