import express from "express";

export const router = express.Router();

router.post("/endpoint", (req, res) => {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    // req.path is relative to where the router is mounted; req.baseUrl is that mount path.
    instance: req.baseUrl + req.path,
  };
  res.status(422).type("application/problem+json").json(problem);
});
