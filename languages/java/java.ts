import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import type { LanguageModule } from "../types.js";
import { javaBody, javaName, type JavaBody } from "./body.js";
import { javaString } from "./string.js";

export { javaString };

function javaLiteral(value: JsonValue): string {
  if (typeof value === "string") return javaString(value);
  // Structured values travel as JSON text here; bodies as data go through the javaBody helpers.
  return javaString(compactJson(value));
}

/**
 * `URI.create("...")` for a URL java.net.URI parses and gives back unchanged (Spring writes
 * `uri.toASCIIString()`, which is the text as given for an ASCII URI), or "" for one it would reject
 * (a space, a quote, `[` outside a host, a bad `%` escape...) or that is not plainly a path or an
 * http(s) URL: the snippet then sets the header from the string.
 */
export function javaUri(url: string | null): string {
  if (url === null) return "";
  const chars = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})";
  const tail = `(?:\\?(?:${chars}|\\?)*)?(?:#(?:${chars}|\\?)*)?`;
  const path = new RegExp(`^/(?!/)${chars}*${tail}$`);
  const absolute = new RegExp(`^https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/${chars}*)?${tail}$`);
  return path.test(url) || absolute.test(url) ? `URI.create(${javaString(url)})` : "";
}

// One body is asked for several times by a template (its records, statements, type, expression): the
// same writer's result answers them all, so names agree.
const bodies = new Map<string, JavaBody>();
function bodyOf(body: JsonValue, name: string, params: string[] = []): JavaBody {
  const key = JSON.stringify([compactJson(body), name, params]);
  let found = bodies.get(key);
  if (!found) {
    if (bodies.size > 64) bodies.clear();
    found = javaBody(
      body,
      name,
      params.map((p) => javaName(p)),
    );
    bodies.set(key, found);
  }
  return found;
}

export const java: LanguageModule = {
  fence: "java",
  extension: ".java",
  // Java code is indented by 4 (the JDK's and Spring's own style); prettier-plugin-java defaults to 2.
  prettier: { parser: "java", plugins: ["prettier-plugin-java"], options: { tabWidth: 4 } },
  string: javaString,
  literal: (value) => javaLiteral(value),
  jsonText: javaString,
  templateHelpers: {
    /** A Java identifier for a path parameter or key: user_id → userId, class → classValue. */
    javaName: (name: string) => javaName(name),
    javaUri: (url: string | null) => javaUri(url),
    /** `name`, or name2, name3... when a path parameter of the handler already takes it. */
    javaFreeName: (name: string, params: string[]) => {
      const taken = new Set(params.map((p) => javaName(p)));
      let free = name;
      for (let n = 2; taken.has(free); n++) free = name + n;
      return free;
    },
    /** The body as data (see body.ts): `name` names its record, `params` are the handler's parameters. */
    javaRecords: (body: JsonValue, name: string, params: string[]) => bodyOf(body, name, params).records,
    javaBodySetup: (body: JsonValue, name: string, params: string[]) => bodyOf(body, name, params).setup,
    javaBodyType: (body: JsonValue, name: string, params: string[]) => bodyOf(body, name, params).type,
    javaBodyValue: (body: JsonValue, name: string, params: string[]) => bodyOf(body, name, params).value,
    /** "yes" when the body's code uses a type to import (JsonProperty, Arrays, Collections, LinkedHashMap, List, Map), else "". */
    javaBodyUses: (body: JsonValue, name: string, params: string[], type: string) => (bodyOf(body, name, params).uses.has(type) ? "yes" : ""),
  },
};

export default java;
