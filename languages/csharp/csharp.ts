import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import { isInvisible } from "../escape.js";
import type { LanguageModule } from "../types.js";
import { csBody, csIdentifier, csName } from "./body.js";
import { layout } from "./layout.js";
import { csString } from "./string.js";

export { csString };

/**
 * JSON text as a C# 11 raw string literal (`"""{"a":1}"""`) when it can be one: a single-line raw
 * string cannot start or end with a quote, contain `"""`, or hold a line separator.
 */
function csJsonText(json: string): string {
  const raw = !json.startsWith('"') && !json.endsWith('"') && !json.includes('"""') && ![...json].some(isInvisible);
  return raw ? `"""${json}"""` : csString(json);
}

/** The lambda's parameter list: a string per route parameter, then the extra parameter the handler needs, if any. */
function csLambdaParams(params: string[], extra: string): string {
  return `(${[...params.map((p) => `string ${csName(p)}`), ...(extra ? [extra] : [])].join(", ")})`;
}

/** The route pattern with each {snake_case} parameter named as its C# parameter: /users/{user_id} → /users/{userId}. */
function csRoute(route: string): string {
  return csString(route.replace(/\{([a-z0-9_]+)\}/g, (_m, p: string) => `{${csName(p).replace(/^@/, "")}}`));
}

export const csharp: LanguageModule = {
  fence: "csharp",
  extension: ".cs",
  prettier: null,
  string: csString,
  literal: (value: JsonValue) => (typeof value === "string" ? csString(value) : csJsonText(compactJson(value))),
  wrap: (code, indent, column, tail) => layout(code, indent, column, tail),
  jsonText: csJsonText,
  templateHelpers: {
    /** The body as an anonymous object, or a JsonObject tree where a key would not survive the camelCase policy (see body.ts). */
    csBody: (body: JsonValue) => csBody(body).code,
    /** "yes" when csBody writes System.Text.Json.Nodes types (the snippet needs that using), else "". */
    csBodyUsesNodes: (body: JsonValue) => (csBody(body).nodes ? "yes" : ""),
    csName: (param: string) => csName(param),
    csIdentifier: (name: string) => csIdentifier(name),
    csRoute: (route: string) => csRoute(route),
    csLambdaParams: (params: string[], extra: string) => csLambdaParams(params, extra),
  },
};

export default csharp;
