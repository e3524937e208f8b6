import type { Protocol, ResponseSpec, WireMessage } from "../../protocols/types.js";
import { UsageError } from "../errors.js";
import type { JsonValue } from "../json/ordered-json.js";
import type { Style, Target } from "../registry/types.js";

/** What a template sees. Every user value in it reaches code only through a literal helper. */
/**
 * Which response helper a framework would reach for: "redirect" (301, 302, 303, 307, 308 with a Location
 * and no body), "created" (201 with a Location), "noContent" (204 without a body), "problem" (--problem),
 * else "plain".
 */
export type ResponseKind = "redirect" | "created" | "noContent" | "problem" | "plain";

export interface TemplateContext {
  style: Style;
  /** The route as given, parameters in braces (/items/{id}): Spring, ASP.NET Core, FastAPI and Go's ServeMux syntax. */
  route: string;
  /** The same route with :name parameters (Express, Rails). */
  routeColon: string;
  /** The same route with <name> parameters (Flask, Django's path()). */
  routeAngle: string;
  /** Parameter names, in order. */
  params: string[];
  /** A request path that reaches the route (parameters filled with an example value). */
  path: string;
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
  kind: ResponseKind;
  /** The Location header's value, or null; `otherHeaders` are the headers without it (for helpers that take the URL). */
  location: string | null;
  otherHeaders: { name: string; value: string }[];
  /** For redirects: 301 and 308 are permanent; 307 and 308 keep the method and body. */
  permanent: boolean;
  preserveMethod: boolean;
  /** The methods an Allow header lists (405), or null. */
  allow: string[] | null;
  /** With --problem: the RFC 9457 members besides `instance`, which each handler takes from the request's path. */
  problem: { type: string; title: string; status: number } | null;
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
  const final = spec.final ?? spec;
  const refused = target.refuses?.find((r) => r.codes.includes(final.status));
  if (refused) return `${target.id} cannot send ${final.status} ${final.reason}: ${refused.whyNot}`;
  const forbidden = target.forbiddenHeaders;
  const header = forbidden && [...spec.headers, ...(spec.final?.headers ?? [])].find(([name]) => forbidden.names.includes(name.toLowerCase()));
  if (header) return `${target.id} cannot send ${spec.status} ${spec.reason} with its ${header[0]} header: ${forbidden!.whyNot}`;
  return unsayable(target, spec);
}

/** The first piece of text the target's syntax cannot hold exactly (target.json "unsayable"), as a reason. */
function unsayable(target: Target, spec: ResponseSpec): string | null {
  const final = spec.final ?? spec;
  const texts = [...final.headers.map(([name, value]) => ({ where: `the ${name} header`, name: name.toLowerCase(), text: value, body: false }))];
  if (final.body !== null) texts.push({ where: "the body", name: "", text: final.body, body: true });
  for (const rule of target.unsayable ?? []) {
    const applies = (t: (typeof texts)[number]) => (rule.header ? t.name === rule.header : t.body || rule.in !== "body");
    const found = texts.find((t) => applies(t) && new RegExp(rule.pattern).test(t.text));
    if (found) return `${target.id} cannot send ${spec.status} ${spec.reason} with ${found.where} as given: ${rule.whyNot}`;
  }
  return null;
}

export function buildContext(protocol: Protocol, target: Target, style: Style, spec: ResponseSpec, numeric: boolean): TemplateContext {
  const unsupported = unsupportedReason(protocol, target, spec);
  if (unsupported) throw new UsageError(unsupported);
  const final = spec.final ?? spec;
  const main = statusOf(target, final.status, numeric);
  const interim = spec.final ? { code: spec.status, reason: spec.reason, ...statusOf(target, spec.status, numeric), headers: bodyHeaders(spec) } : null;
  const headers = bodyHeaders(final);
  const isLocation = (h: { name: string }) => h.name.toLowerCase() === "location";
  const location = headers.find(isLocation)?.value ?? null;
  const allow = headers.find((h) => h.name.toLowerCase() === "allow")?.value;
  return {
    style,
    route: spec.route,
    routeColon: spec.route.replace(/\{([a-z0-9_]+)\}/g, ":$1"),
    routeAngle: spec.route.replace(/\{([a-z0-9_]+)\}/g, "<$1>"),
    params: spec.params,
    path: spec.path,
    method: spec.method,
    methodLower: spec.method.toLowerCase(),
    port: target.port,
    code: final.status,
    reason: final.reason,
    ...main,
    headers,
    kind: kindOfResponse(spec, final, location),
    location,
    otherHeaders: headers.filter((h) => !isLocation(h)),
    permanent: final.status === 301 || final.status === 308,
    preserveMethod: final.status === 307 || final.status === 308,
    allow:
      allow === undefined
        ? null
        : allow
            .split(",")
            .map((m) => m.trim())
            .filter(Boolean),
    problem: spec.problem,
    headerMap: new Map(headers.map((h) => [h.name, h.value])),
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

const REDIRECTS = [301, 302, 303, 307, 308];

function kindOfResponse(spec: ResponseSpec, final: WireMessage, location: string | null): ResponseKind {
  if (spec.problem) return "problem";
  if (REDIRECTS.includes(final.status) && location !== null && final.body === null) return "redirect";
  if (final.status === 201 && location !== null) return "created";
  if (final.status === 204 && final.body === null) return "noContent";
  return "plain";
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
