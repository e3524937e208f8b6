import type { FrameworkEntry } from "../types.js";
import constants from "./constants/aspnet-core.json" with { type: "json" };

export const aspnetCore: FrameworkEntry = {
  id: "aspnet-core",
  protocol: "http",
  title: "ASP.NET Core",
  language: "csharp",
  aliases: ["asp.net-core", "aspnet", "asp.net", "aspnetcore", "dotnet"],
  filename: { handler: "Endpoint.cs", app: "Program.cs" },
  formatter: null,
  docs: "https://learn.microsoft.com/aspnet/core/fundamentals/minimal-apis/responses",
  defaultPort: 5000,
  interim: {
    codes: [],
    whyNot: "ASP.NET Core has no public API to send a 1xx interim response",
  },
  constants,
};
