import type { FrameworkEntry } from "../types.js";
import constants from "./constants/net-http.json" with { type: "json" };

export const netHttp: FrameworkEntry = {
  id: "net-http",
  protocol: "http",
  title: "Go net/http",
  language: "go",
  aliases: ["go", "golang", "nethttp", "net/http"],
  filename: { handler: "handler.go", app: "main.go" },
  formatter: null,
  docs: "https://pkg.go.dev/net/http#ResponseWriter",
  defaultPort: 8080,
  interim: {
    codes: [100, 102, 103],
    whyNot: "net/http sends 1xx codes other than 101 as interim responses; 101 belongs to a protocol upgrade (hijack the connection)",
  },
  constants,
};
