import type { FrameworkEntry } from "../types.js";
import constants from "./constants/fastapi.json" with { type: "json" };

export const fastapi: FrameworkEntry = {
  id: "fastapi",
  protocol: "http",
  title: "FastAPI",
  language: "python",
  aliases: ["fast-api"],
  filename: { handler: "routes.py", app: "main.py" },
  formatter: null,
  docs: "https://fastapi.tiangolo.com/advanced/response-directly/",
  defaultPort: 8000,
  interim: {
    codes: [],
    whyNot: "ASGI servers such as uvicorn give the application no way to send a 1xx interim response",
  },
  constants,
};
