import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  const body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
  res.status(500).json(body);
});
