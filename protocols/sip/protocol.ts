import type { CodeEntry, Protocol } from "../types.js";
import model from "./codes.json" with { type: "json" };
import related from "./related.json" with { type: "json" };
import { buildResponse, sipMessage, wireHeaders } from "./response.js";
import { tryItSection } from "./try-it.js";

const codes = model.codes as CodeEntry[];

/** RFC 3261 §21: the six classes of SIP responses. */
const CLASS_NAMES: Record<number, string> = {
  1: "Provisional",
  2: "Successful",
  3: "Redirection",
  4: "Request Failure",
  5: "Server Failure",
  6: "Global Failures",
};

const className = (code: number) => CLASS_NAMES[Math.floor(code / 100)] ?? "Unknown";

/** A code outside the model: the class's meaning, no special headers (RFC 3261 §8.1.3.2: treat it as x00). */
function unknownEntry(code: number): CodeEntry {
  const cls = Math.floor(code / 100);
  return {
    code,
    reason: `Unknown ${className(code)}`,
    official: false,
    origin: "not in snipgen's model (--allow-unknown)",
    rfc: "RFC 3261",
    section: "21",
    link: "https://www.rfc-editor.org/rfc/rfc3261.html#section-21",
    description: `${code} is not a registered SIP response code. A UAC treats an unrecognized code as the x00 code of its class (${cls}00), so this is answered with the ${className(code).toLowerCase()} class's defaults.`,
    method: "OPTIONS",
    bodyAllowed: true,
    headers: [],
    body: null,
  };
}

const sip: Protocol = {
  id: "sip",
  title: "SIP",
  codeRange: { min: 100, max: 699 },
  classNames: CLASS_NAMES,
  codes,
  related: related.confusedWith as Record<number, number[]>,
  defaults: { route: "" },
  targetNoun: "SIP stack",
  bodyFormat: "text",
  wireFence: "text",
  notFromHandler: {},
  unknownEntry,
  buildResponse,
  // SIP responses carry no Date unless a stack adds one (RFC 3261 §20.17 makes it optional).
  wirePreview: (spec) => sipMessage(spec),
  wireHeaders,
  tryItSection,
};

export default sip;
