import type { Generated } from "../generate.js";
import type { WireMessage } from "../model/spec.js";

const wire = (m: WireMessage) => ({ status: m.status, reason: m.reason, headers: m.headers, body: m.body });

/** The --format json document: the exact response the snippets produce, and the snippets. */
export function toJson(g: Generated): string {
  const { entry, spec } = g;
  const doc = {
    protocol: spec.protocol,
    code: entry.code,
    reason: entry.reason,
    description: entry.description,
    reference: entry.link,
    rfc: entry.rfc,
    section: entry.section,
    official: entry.official,
    origin: entry.origin,
    route: spec.route,
    method: spec.method,
    response: { ...wire(spec), ...(spec.final ? { final: wire(spec.final) } : {}) },
    snippets: g.snippets.map((s) => ({
      framework: s.framework.id,
      title: s.framework.title,
      language: s.framework.language,
      style: s.style,
      filename: s.framework.filename[s.style],
      code: s.code,
    })),
    unsupported: g.unsupported.map((u) => ({ framework: u.framework.id, reason: u.reason })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
