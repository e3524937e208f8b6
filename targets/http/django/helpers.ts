// Django's own template helpers (see languages/types.ts TemplateHelpers).
import { type Header, yes } from "../../../languages/python/python.js";
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * "yes" when Django's HttpResponseNotAllowed(permitted_methods) sends the 405 exactly: a 405 that is not a
 * problem document, whose Allow header is its methods joined by ", " (the helper writes ", ".join(methods)).
 */
function djangoNotAllowed(code: number, allow: string[] | null, headers: Header[], problem: unknown): string {
  const header = headers.find((h) => h.name.toLowerCase() === "allow");
  return yes(code === 405 && !problem && allow !== null && header !== undefined && header.value === allow.join(", "));
}

export const templateHelpers: TemplateHelpers = { djangoNotAllowed };
