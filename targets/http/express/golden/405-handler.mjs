import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set({ Allow: "GET, HEAD" });
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  res.status(405).json(body);
});
