import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.redirect(301, "https://example.com/new-endpoint");
});
