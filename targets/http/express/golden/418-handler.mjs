import express from "express";

export const router = express.Router();

router.get("/endpoint", (req, res) => {
  const body = { error: "im_a_teapot", message: "I'm a teapot" };
  res.status(418).json(body);
});
