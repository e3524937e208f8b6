import type { FrameworkEntry } from "../types.js";
import constants from "./constants/express.json" with { type: "json" };

export const express: FrameworkEntry = {
  id: "express",
  protocol: "http",
  title: "Express",
  language: "javascript",
  aliases: ["express.js", "expressjs", "node"],
  filename: { handler: "routes.mjs", app: "server.mjs" },
  formatter: {"parser": "babel"},
  docs: "https://expressjs.com/en/api.html#res.status",
  defaultPort: 3000,
  interim: {
    codes: [100, 102, 103],
    whyNot: "Node.js sends only 100 Continue, 102 Processing and 103 Early Hints as interim responses",
  },
  constants,
};
