import type { FrameworkEntry } from "../types.js";
import constants from "./constants/rails.json" with { type: "json" };

export const rails: FrameworkEntry = {
  id: "rails",
  protocol: "http",
  title: "Ruby on Rails",
  language: "ruby",
  aliases: ["ruby-on-rails", "ror", "ruby"],
  filename: { handler: "endpoint_controller.rb", app: "app.rb" },
  formatter: null,
  docs: "https://guides.rubyonrails.org/layouts_and_rendering.html#the-status-option",
  defaultPort: 3000,
  interim: {
    codes: [],
    whyNot: "Rails can send 1xx responses only through send_early_hints behind a server with early hints enabled, so a snippet could not promise it",
  },
  constants,
};
