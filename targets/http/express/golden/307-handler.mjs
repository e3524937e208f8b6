import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.redirect(307, "https://example.com/new-endpoint");
});
