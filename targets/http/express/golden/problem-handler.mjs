import express from "express";

export const router = express.Router();

router.get("/items/:item_id", (req, res) => {
  // Path parameters: req.params.item_id (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    // req.path is relative to where the router is mounted; req.baseUrl is that mount path.
    instance: req.baseUrl + req.path,
  };
  res.status(404).type("application/problem+json").json(problem);
});
