// FastAPI's own template helpers (see languages/types.ts TemplateHelpers).
import type { JsonValue } from "../../../src/json/ordered-json.js";
import { hasKeyPrefix, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when a FastAPI handler returns the body as data, with the status in the route's decorator (its
 * tutorial's way): a 2xx JSON body, plain or created, without a key starting with "_sa" anywhere, since
 * jsonable_encoder, which encodes returned data, drops such keys (SQLAlchemy's internal state).
 */
function fastapiReturnsData(kind: string, code: number, hasBody: boolean, body: JsonValue): string {
  return yes((kind === "plain" || kind === "created") && hasBody && code >= 200 && code <= 299 && !hasKeyPrefix(body, "_sa"));
}

export const templateHelpers: TemplateHelpers = { fastapiReturnsData };
