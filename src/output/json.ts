import type { WireMessage } from "../../protocols/types.js";
import type { Generated } from "../generate.js";
import type { Messages } from "../i18n/catalog.js";
import { describe } from "./localize.js";

const wire = (m: WireMessage) => ({ status: m.status, reason: m.reason, headers: m.headers, body: m.body });

/** The JSON Schema of this document (schema/snipgen.schema.json, shipped in the package) and its version. */
export const SCHEMA_URL = "https://unpkg.com/snipgen/schema/snipgen.schema.json";
export const SCHEMA_VERSION = 1;

/**
 * The --format json document: the exact response the snippets produce, and the snippets. Field names
 * and protocol tokens (reason phrases) are the same in every language; `description` is in `msg`'s.
 */
export function toJson(g: Generated, msg: Messages): string {
  const { entry, spec } = g;
  const doc = {
    $schema: SCHEMA_URL,
    version: SCHEMA_VERSION,
    protocol: spec.protocol,
    code: entry.code,
    reason: entry.reason,
    description: describe(msg, g.protocol, entry),
    reference: entry.link,
    rfc: entry.rfc,
    section: entry.section,
    official: entry.official,
    origin: entry.origin,
    // HTTP: the route the handler answers; SIP: the request the response answers.
    ...(spec.request ? { request: spec.request } : { route: spec.route, method: spec.method, path: spec.path }),
    response: { ...wire(spec), headers: g.protocol.wireHeaders?.(spec) ?? spec.headers, ...(spec.final ? { final: wire(spec.final) } : {}) },
    snippets: g.snippets.map((s) => ({
      framework: s.target.id,
      title: s.target.title,
      language: s.target.language,
      style: s.style,
      filename: s.target.filename[s.style],
      // What a user runs once, and how the saved app-style program starts ("" where none is needed or known).
      install: s.target.install ?? "",
      run: s.target.run ?? "",
      // The other files the app-style program needs beside it (a build file, a package.json).
      files: s.style === "app" ? s.target.files() : [],
      code: s.code,
    })),
    unsupported: g.unsupported.map((u) => ({ framework: u.target.id, reason: u.reason })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
