import { javascript, jsLiteral, jsString } from "../javascript/javascript.js";
import type { LanguageModule } from "../types.js";

/**
 * TypeScript's string and object literals are JavaScript's, so its literal helpers are JavaScript's own
 * (one escaper per syntax); what differs is the fence, the extension and prettier's parser.
 */
export const typescript: LanguageModule = {
  fence: "ts",
  extension: ".ts",
  prettier: { parser: "typescript", plugins: ["prettier/plugins/typescript", "prettier/plugins/estree"] },
  string: jsString,
  literal: (value) => jsLiteral(value),
  jsonText: jsString,
  templateHelpers: { ...javascript.templateHelpers },
};

export default typescript;
