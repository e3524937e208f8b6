/** The status-code model: data we ship, keyed by protocol ("http" now, "sip" next). */

export type Protocol = "http";

/**
 * A JSON value as snipgen carries it. Objects are Maps so key order survives exactly as written
 * (a plain JavaScript object would move integer-like keys such as "2" to the front).
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

/** JSON as stored in the model's data files (plain objects; no integer-like keys there). */
export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/** A header a code requires or recommends, with an example value used when the user gives none. */
export interface HeaderRule {
  name: string;
  value: string;
  rule: "required" | "recommended";
  /** Why the header belongs to this code, in one short sentence. */
  why: string;
}

/** One status code as the model stores it (src/model/<protocol>/codes.json). */
export interface CodeEntry {
  code: number;
  /** Current reason phrase (RFC 9110 names for HTTP). */
  reason: string;
  official: boolean;
  /** For unofficial codes: who uses it ("nginx", "Cloudflare", "Laravel", ...); null for official ones. */
  origin: string | null;
  /** Defining document, e.g. "RFC 9110"; for unofficial codes the vendor's documentation name. */
  rfc: string;
  /** Section in that document, e.g. "15.3.3"; null where none. */
  section: string | null;
  /** Link to the section (or the vendor page for unofficial codes). */
  link: string;
  /** One paragraph in our own words. */
  description: string;
  /** False for 1xx, 204, 205, 304: no body and no Content-Type. */
  bodyAllowed: boolean;
  headers: HeaderRule[];
  /** The default example body (null where bodyAllowed is false). */
  body: PlainJson;
}

export interface ProtocolModel {
  protocol: Protocol;
  /** Name of the wire protocol version line, e.g. "HTTP/1.1". */
  wireVersion: string;
  codes: CodeEntry[];
}

export const CLASS_NAMES: Record<number, string> = {
  1: "Informational",
  2: "Successful",
  3: "Redirection",
  4: "Client Error",
  5: "Server Error",
};
