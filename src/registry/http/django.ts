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
  constants,
};
