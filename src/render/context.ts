import type { Protocol, ResponseSpec, WireMessage } from "../../protocols/types.js";
import { UsageError } from "../errors.js";
import type { JsonValue } from "../json/ordered-json.js";
import type { Style, Target } from "../registry/types.js";

/** What a template sees. Every user value in it reaches code only through a literal helper. */
export interface TemplateContext {
  style: Style;
  route: string;
  method: string;
  methodLower: string;
  port: number;
  /** The final response the handler ends with (for 1xx codes, the 200 after the interim response). */
  code: number;
  reason: string;
  /** How the framework writes the status: its constant, or the number with --numeric or when it has none. */
  status: string;
  statusIsConstant: boolean;
  headers: { name: string; value: string }[];
  /** The same headers as one object, for languages that pass headers as a map literal. */
  headerMap: JsonValue;
  hasBody: boolean;
  body: JsonValue | null;
  /** "object", "array", "string", "number", "boolean" or "null" (some APIs treat a top-level string specially). */
  bodyKind: string;
  bodyJson: string | null;
  /** True when an object in the body has an integer-like key ("2"), which JavaScript objects move first. */
  bodyHasIndexKeys: boolean;
  contentType: string | null;
  /** The 1xx response sent first, or null. */
  interim: { code: number; reason: string; status: string; statusIsConstant: boolean; headers: { name: string; value: string }[] } | null;
  /** True when any status in the snippet is written as a constant (templates import the constants then). */
  usesConstants: boolean;
}

function statusOf(target: Target, code: number, numeric: boolean): { status: string; statusIsConstant: boolean } {
  const constant = numeric ? undefined : target.constants()[String(code)];
  return constant ? { status: constant, statusIsConstant: true } : { status: String(code), statusIsConstant: false };
}

const bodyHeaders = (m: WireMessage) => m.headers.filter(([n]) => n.toLowerCase() !== "content-type").map(([name, value]) => ({ name, value }));

/** The reason the target cannot send the response exactly, or null when it can. */
export function unsupportedReason(protocol: Protocol, target: Target, spec: ResponseSpec): string | null {
  const notFromHandler = protocol.notFromHandler[spec.status];
  if (notFromHandler) return `${target.id} cannot send ${spec.status} ${spec.reason} from a handler: ${notFromHandler}`;
  if (spec.final !== null && !target.interim.codes.includes(spec.status))
    return `${target.id} cannot send ${spec.status} ${spec.reason}: ${target.interim.whyNot}`;
  const forbidden = target.forbiddenHeaders;
  const header = forbidden && [...spec.headers, ...(spec.final?.headers ?? [])].find(([name]) => forbidden.names.includes(name.toLowerCase()));
  return header ? `${target.id} cannot send ${spec.status} ${spec.reason} with its ${header[0]} header: ${forbidden!.whyNot}` : null;
}

export function buildContext(protocol: Protocol, target: Target, style: Style, spec: ResponseSpec, numeric: boolean): TemplateContext {
  const unsupported = unsupportedReason(protocol, target, spec);
  if (unsupported) throw new UsageError(unsupported);
  const final = spec.final ?? spec;
  const main = statusOf(target, final.status, numeric);
  const interim = spec.final ? { code: spec.status, reason: spec.reason, ...statusOf(target, spec.status, numeric), headers: bodyHeaders(spec) } : null;
  return {
    style,
    route: spec.route,
    method: spec.method,
    methodLower: spec.method.toLowerCase(),
    port: target.port,
    code: final.status,
    reason: final.reason,
    ...main,
    headers: bodyHeaders(final),
    headerMap: new Map(bodyHeaders(final).map((h) => [h.name, h.value])),
    hasBody: final.body !== null,
    body: final.bodyValue ?? null,
    bodyKind: kindOf(final.bodyValue ?? null),
    bodyJson: final.body,
    bodyHasIndexKeys: hasIndexKeys(final.bodyValue ?? null),
    contentType: final.contentType,
    interim,
    usesConstants: main.statusIsConstant || (interim?.statusIsConstant ?? false),
  };
}

function kindOf(value: JsonValue): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : value instanceof Map ? "object" : typeof value;
}

function hasIndexKeys(value: JsonValue): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasIndexKeys);
  return [...value].some(([k, v]) => /^(0|[1-9]\d*)$/.test(k) || hasIndexKeys(v));
}
