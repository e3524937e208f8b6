import type { FrameworkEntry } from "../types.js";
import constants from "./constants/flask.json" with { type: "json" };

export const flask: FrameworkEntry = {
  id: "flask",
  protocol: "http",
  title: "Flask",
  language: "python",
  aliases: [],
  filename: { handler: "app.py", app: "main.py" },
  formatter: null,
  docs: "https://flask.palletsprojects.com/en/stable/quickstart/#about-responses",
  defaultPort: 5000,
  interim: {
    codes: [],
    whyNot: "WSGI, which Flask is built on, has no way to send a 1xx interim response before the final one",
  },
  forbiddenHeaders: {
    // wsgiref's list of hop-by-hop headers, which it refuses with a 500.
    names: ["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade"],
    whyNot: "WSGI (PEP 3333) forbids applications to set hop-by-hop headers, and WSGI servers such as wsgiref answer 500 instead",
  },
  constants,
};
