import type { FrameworkEntry } from "../types.js";
import constants from "./constants/spring-boot.json" with { type: "json" };

export const springBoot: FrameworkEntry = {
  id: "spring-boot",
  protocol: "http",
  title: "Spring Boot",
  language: "java",
  aliases: ["spring", "springboot", "spring-mvc"],
  filename: { handler: "MyController.java", app: "Application.java" },
  formatter: {"parser": "java", "plugin": "java"},
  docs: "https://docs.spring.io/spring-framework/reference/web/webmvc/mvc-controller/ann-methods/responseentity.html",
  defaultPort: 8080,
  interim: {
    codes: [],
    whyNot: "the Servlet API that Spring MVC runs on has no call to send a 1xx interim response",
  },
  constants,
};
