import type { FrameworkEntry } from "../types.js";
import constants from "./constants/django.json" with { type: "json" };

export const django: FrameworkEntry = {
  id: "django",
  protocol: "http",
  title: "Django",
  language: "python",
  aliases: [],
  filename: { handler: "views.py", app: "main.py" },
  formatter: null,
  docs: "https://docs.djangoproject.com/en/stable/ref/request-response/#jsonresponse-objects",
  defaultPort: 8000,
  interim: {
    codes: [],
    whyNot: "Django's request/response cycle (WSGI and ASGI alike) has no way to send a 1xx interim response before the final one",
  },
  forbiddenHeaders: {
    // wsgiref's list of hop-by-hop headers, which it refuses with a 500.
    names: ["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade"],
    whyNot: "WSGI (PEP 3333) forbids applications to set hop-by-hop headers, and WSGI servers such as Django's runserver answer 500 instead",
  },
  constants,
};
