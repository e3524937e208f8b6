import type { PlainJson } from "../../src/json/ordered-json.js";
import type { CodeEntry, Protocol } from "../types.js";
import model from "./codes.json" with { type: "json" };
import related from "./related.json" with { type: "json" };
import { buildResponse, DEFAULTS } from "./response.js";
import { tryItSection } from "./try-it.js";
import { wirePreview } from "./wire.js";

const codes = model.codes as CodeEntry[];

const CLASS_NAMES: Record<number, string> = {
  1: "Informational",
  2: "Successful",
  3: "Redirection",
  4: "Client Error",
  5: "Server Error",
};

const className = (code: number) => CLASS_NAMES[Math.floor(code / 100)] ?? "Unknown";

/** A code outside the model, answered with its class's defaults: no special headers, a generic body. */
function unknownEntry(code: number): CodeEntry {
  const cls = Math.floor(code / 100);
  const reason = `Unknown ${className(code)}`;
  const bodyAllowed = cls !== 1;
  const body: PlainJson = !bodyAllowed ? null : cls >= 4 ? { error: `status_${code}`, message: reason } : { status: `status_${code}` };
  return {
    code,
    reason,
    official: false,
    origin: "not in snipgen's model (--allow-unknown)",
    rfc: "RFC 9110",
    section: "15",
    link: "https://www.rfc-editor.org/rfc/rfc9110.html#section-15",
    description: `${code} is not a registered status code. Clients treat an unrecognized code like the x00 code of its class (${cls}00), so this is answered with the ${className(code).toLowerCase()} class's defaults.`,
    bodyAllowed,
    headers: [],
    body,
  };
}

const ok = codes.find((c) => c.code === 200)!;

const http: Protocol = {
  id: "http",
  title: "HTTP",
  codeRange: { min: 100, max: 599 },
  classNames: CLASS_NAMES,
  codes,
  related: related.confusedWith as Record<number, number[]>,
  defaults: { route: DEFAULTS.route },
  targetNoun: "framework",
  bodyFormat: "json",
  wireFence: "http",
  notFromHandler: { 101: "it is sent by the protocol upgrade itself (a WebSocket or h2c library)" },
  unknownEntry,
  buildResponse: (entry, overrides) => buildResponse(entry, overrides, ok),
  wirePreview,
  tryItSection,
};

export default http;
