import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  res.set("WWW-Authenticate", 'Bearer realm="api"');
  const body = { error: "unauthorized", message: "Unauthorized" };
  res.status(401).json(body);
});
