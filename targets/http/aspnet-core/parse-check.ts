/**
 * ASP.NET Core has no runtime host on this machine (no .NET SDK), so the parse layer checks its snippets
 * on their syntax tree too (this target's parse check, found by the parse runner in the target's folder):
 * the file's shape per style; the endpoint (method, route pattern, lambda parameters: each route parameter,
 * and only the HttpRequest / HttpResponse / HttpContext the body uses); the headers it sets and those its
 * Results helper sets (Results.Created's and Results.Redirect's Location); the helper the response's kind
 * calls for (Results.NoContent for 204, Results.Redirect with the flags of its code, Results.Problem with
 * type, title, status and the request's path as instance, Results.Ok / Results.Json with the status); and
 * the body, evaluated from the anonymous object or JsonObject tree as System.Text.Json writes it, compared
 * with the response snipgen promised, key order included.
 */
import type { Node } from "web-tree-sitter";
import { csName } from "../../../languages/csharp/body.js";
import { bodyValue, csStringValue, NotData } from "../../../languages/csharp/checks.js";
import { compactJson, parseJson, type JsonValue } from "../../../src/json/ordered-json.js";
import type { Target } from "../../../src/registry/types.js";
import type { Item } from "../../../test/parse/corpus.js";
import type { ParseCheck } from "../../../test/parse/grammars.js";

const named = (node: Node): Node[] => node.namedChildren.filter((c): c is Node => c !== null);

/** `a.b.C(args)` → ["a.b.C", [arg nodes]], or null when the node is not an invocation. */
function invocation(node: Node | null | undefined): { callee: string; args: Node[] } | null {
  if (!node || node.type !== "invocation_expression") return null;
  const fn = node.childForFieldName("function");
  const list = node.childForFieldName("arguments");
  return { callee: fn?.text ?? "", args: list ? named(list).filter((a) => a.type === "argument") : [] };
}

/** The expression of an `argument` node, with its `name:` when it has one. */
function argument(arg: Node): { name: string | null; value: Node } {
  const name = arg.childForFieldName("name");
  const value = named(arg)
    .filter((c) => c.id !== name?.id)
    .at(-1)!;
  return { name: name?.text ?? null, value };
}

function expectString(node: Node, what: string, problems: string[]): string | null {
  const value = csStringValue(node);
  if (value === null) problems.push(`${what} is not a string literal: ${node.text}`);
  return value;
}

function descendants(node: Node, type: string): Node[] {
  return node.descendantsOfType(type).filter((n): n is Node => n !== null);
}

/** The status expression the snippet must use: the framework constant, or the number with --numeric. */
export function expectedStatus(target: Target, item: Item, status: number): string {
  if (item.variant.args.includes("--numeric")) return String(status);
  return target.constants()[String(status)] ?? String(status);
}

/** Identifiers used in a node (for "is this parameter used"). */
const identifiersIn = (node: Node) => new Set(descendants(node, "identifier").map((n) => n.text));

/** The status a Results.Redirect call sends, from its permanent and preserveMethod flags. */
function redirectStatus(args: { name: string | null; value: Node }[]): number {
  const flag = (name: string, position: number) =>
    (args.find((a) => a.name === name) ?? (args[position]?.name === null ? args[position] : undefined))?.value.text === "true";
  const permanent = flag("permanent", 1);
  const preserve = flag("preserveMethod", 2);
  return preserve ? (permanent ? 308 : 307) : permanent ? 301 : 302;
}

const HANDLER_USINGS = ["Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing"];
const EXTRA_PARAMETERS = ["HttpRequest request", "HttpResponse response", "HttpContext context"];

/** Differences between the snippet's tree and what it must do; empty when it is right. */
const checkSnippet: ParseCheck = (item, root) => {
  const problems: string[] = [];
  const doc = item.doc!;
  const top = named(root).filter((n) => n.type !== "comment");
  const usings = top.filter((n) => n.type === "using_directive").map((n) => n.text.replace(/^using\s+|;$/g, ""));
  const usesNodes = root.text.includes("JsonObject") || root.text.includes("JsonArray");
  if (usesNodes !== usings.includes("System.Text.Json.Nodes"))
    problems.push(`"using System.Text.Json.Nodes;" must come with JsonObject / JsonArray, and only then`);

  // The file's shape.
  if (item.style === "app") {
    const statements = top.filter((n) => n.type !== "using_directive");
    const notGlobal = statements.filter((n) => n.type !== "global_statement");
    if (notGlobal.length) problems.push(`app style must be top-level statements only; found ${notGlobal.map((n) => n.type).join(", ")}`);
    const first = statements[0]?.text ?? "";
    if (!/^var builder = WebApplication\.CreateBuilder\(args\);$/.test(first))
      problems.push(`first statement is not WebApplication.CreateBuilder(args): ${first}`);
    const last = invocation(statements.at(-1)?.namedChildren[0]?.namedChildren[0]);
    if (last?.callee !== "app.Run") problems.push(`last statement is not app.Run(...): ${statements.at(-1)?.text}`);
  } else {
    for (const u of HANDLER_USINGS) if (!usings.includes(u)) problems.push(`handler style lacks "using ${u};"`);
    const kinds = top.filter((n) => n.type !== "using_directive").map((n) => n.type);
    if (kinds.join() !== "class_declaration") problems.push(`handler style must be usings and one class; found ${kinds.join(", ")}`);
    const cls = top.find((n) => n.type === "class_declaration");
    const modifiers = (n: Node) =>
      named(n)
        .filter((c) => c.type === "modifier")
        .map((c) => c.text);
    if (cls) {
      if (modifiers(cls).join(" ") !== "public static")
        problems.push(`class modifiers are "${modifiers(cls).join(" ")}", expected "public static" (extension methods need a static class)`);
      const methods = descendants(cls, "method_declaration");
      const method = methods[0];
      if (methods.length !== 1 || !method) problems.push(`expected one method in the class, found ${methods.length}`);
      else {
        if (modifiers(method).join(" ") !== "public static") problems.push(`method modifiers are "${modifiers(method).join(" ")}", expected "public static"`);
        const params = method.childForFieldName("parameters");
        const first = params ? named(params)[0] : undefined;
        if (!first || !/^this\s+IEndpointRouteBuilder\s+app$/.test(first.text))
          problems.push(`the method's parameter must be "this IEndpointRouteBuilder app", found ${first?.text}`);
      }
    }
  }

  // The endpoint: app.Map<Method>(route, lambda) or app.MapMethods(route, new[] { "METHOD" }, lambda).
  const maps = descendants(root, "invocation_expression")
    .map((n) => ({ node: n, call: invocation(n)! }))
    .filter((m) => /^app\.Map/.test(m.call.callee));
  if (maps.length !== 1) {
    problems.push(`expected one app.Map... call, found ${maps.length}`);
    return problems;
  }
  const { call } = maps[0]!;
  const verb = doc.method.charAt(0) + doc.method.slice(1).toLowerCase();
  const explicit = call.callee === "app.MapMethods";
  if (!explicit && call.callee !== `app.Map${verb}`) problems.push(`${call.callee} does not map ${doc.method}`);
  const args = call.args.map(argument);
  // Route parameters are named as the lambda's parameters ({user_id} → {userId}); routing matches the same paths.
  const routeParams = [...doc.route.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]!);
  const expectedRoute = doc.route.replace(/\{([a-z0-9_]+)\}/g, (_m, p: string) => `{${csName(p).replace(/^@/, "")}}`);
  const route = args[0] && expectString(args[0].value, "the route", problems);
  if (route !== expectedRoute) problems.push(`route is ${JSON.stringify(route)}, expected ${JSON.stringify(expectedRoute)}`);
  if (explicit) {
    const methods = args[1] ? descendants(args[1].value, "string_literal").map(csStringValue) : [];
    if (methods.join() !== doc.method) problems.push(`MapMethods maps ${JSON.stringify(methods)}, expected ["${doc.method}"]`);
  }
  const lambda = args.at(-1)?.value;
  if (lambda?.type !== "lambda_expression") {
    problems.push(`the handler is not a lambda: ${lambda?.text}`);
    return problems;
  }
  const body = lambda.childForFieldName("body")!;

  // Parameters: a string per route parameter, then at most one of HttpRequest / HttpResponse / HttpContext, which the body uses.
  const parameters = named(lambda.childForFieldName("parameters")!).map((p) => p.text.replace(/\s+/g, " "));
  const expectedParams = routeParams.map((p) => `string ${csName(p)}`);
  if (parameters.slice(0, expectedParams.length).join() !== expectedParams.join())
    problems.push(`lambda parameters ${JSON.stringify(parameters)} do not start with the route's ${JSON.stringify(expectedParams)}`);
  const extras = parameters.slice(expectedParams.length);
  if (extras.length > 1 || (extras[0] && !EXTRA_PARAMETERS.includes(extras[0]))) problems.push(`unexpected lambda parameters ${JSON.stringify(extras)}`);
  const used = identifiersIn(body);
  for (const extra of extras) if (!used.has(extra.split(" ")[1]!)) problems.push(`lambda parameter "${extra}" is not used`);

  // The body: an expression, or a block of header assignments ending in its only return.
  let result: Node | undefined;
  const statements = body.type === "block" ? named(body).filter((n) => n.type !== "comment") : [];
  if (body.type === "block") {
    if (statements.length < 2) problems.push(`a block lambda that only returns: write it as an expression`);
    const returns = statements.filter((s) => s.type === "return_statement");
    if (returns.length !== 1 || statements.at(-1)?.type !== "return_statement") problems.push(`the block must end in its only return statement`);
    result = returns[0]?.namedChildren[0] ?? undefined;
  } else result = body;

  // Headers set by the lambda: <x>.Headers["Name"] = "value"; and <x>.Headers.Location = "value";
  const headers: [string, string][] = [];
  for (const st of statements.filter((s) => s.type === "expression_statement")) {
    const assign = st.namedChildren[0];
    const left = assign?.childForFieldName("left");
    const right = assign?.childForFieldName("right");
    if (assign?.type !== "assignment_expression" || !left || !right) {
      problems.push(`unexpected statement in the handler: ${st.text}`);
      continue;
    }
    const target = left.type === "element_access_expression" ? left.childForFieldName("expression")?.text : left.text.replace(/\.Location$/, "");
    if (target !== "response.Headers" && target !== "context.Response.Headers") problems.push(`assignment to ${left.text} instead of a response header`);
    let name: string | null = "Location";
    if (left.type === "element_access_expression") {
      const key = left.childForFieldName("subscript");
      const keyArg = key ? named(key)[0] : undefined;
      name = keyArg ? expectString(argument(keyArg).value, "a header name", problems) : null;
    } else if (!/\.Headers\.Location$/.test(left.text)) problems.push(`unexpected header property ${left.text}`);
    const value = expectString(right, "a header value", problems);
    if (name !== null && value !== null) headers.push([name, value]);
  }

  // The result.
  const r = invocation(result);
  if (!r) {
    problems.push(`the handler does not return a Results call: ${result?.text}`);
    return problems;
  }
  const rargs = r.args.map(argument);
  const byName = (name: string) => rargs.find((a) => a.name === name)?.value;
  const wire = doc.response;
  const status = expectedStatus(item.target, item, wire.status);
  const contentType = wire.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? null;
  let statusWritten: string | null = null;
  let bodyNode: Node | null = null;
  let bodyText: string | null = null;
  const isProblem = item.variant.args.includes("--problem");

  switch (r.callee) {
    case "Results.NoContent":
      if (wire.status !== 204 || wire.body !== null) problems.push(`Results.NoContent() answers 204 without a body, expected ${wire.status}`);
      break;
    case "Results.Ok":
      if (wire.status !== 200) problems.push(`Results.Ok answers 200, expected ${wire.status}`);
      if (status !== "StatusCodes.Status200OK") problems.push(`Results.Ok where the status must be written ${status}`);
      bodyNode = rargs[0]?.value ?? null;
      break;
    case "Results.Json":
      bodyNode = rargs[0]?.value ?? null;
      statusWritten = byName("statusCode")?.text ?? null;
      if (wire.status === 200 && status === "StatusCodes.Status200OK") problems.push(`Results.Json for a plain 200: Results.Ok is the helper`);
      break;
    case "Results.Content":
      bodyText = rargs[0] ? expectString(rargs[0].value, "the body text", problems) : null;
      if ((rargs[1] && csStringValue(rargs[1].value)) !== contentType) problems.push(`Results.Content's content type is not ${contentType}`);
      if (bodyText !== "null") problems.push(`Results.Content is only for a top-level JSON null (Results.Json(null) writes nothing), found ${bodyText}`);
      statusWritten = byName("statusCode")?.text ?? null;
      break;
    case "Results.StatusCode":
      statusWritten = rargs[0]?.value.text ?? null;
      if (wire.status === 204 && wire.body === null) problems.push(`Results.StatusCode for 204: Results.NoContent() is the helper`);
      if (wire.status === 200 && status === "StatusCodes.Status200OK") problems.push(`Results.StatusCode for 200: Results.Ok() is the helper`);
      break;
    case "Results.Created": {
      if (wire.status !== 201) problems.push(`Results.Created answers 201, expected ${wire.status}`);
      const uri = rargs[0] && expectString(rargs[0].value, "the created URI", problems);
      if (uri !== null && uri !== undefined) headers.push(["Location", uri]);
      bodyNode = rargs[1]?.value.type === "null_literal" ? null : (rargs[1]?.value ?? null);
      break;
    }
    case "Results.Redirect": {
      const url = rargs[0] && expectString(rargs[0].value, "the redirect URL", problems);
      if (url) {
        headers.push(["Location", url]);
        if (url.startsWith("~") || !/^(\/|https?:\/\/)/i.test(url)) problems.push(`Results.Redirect would alter or refuse ${url}`);
      }
      const sent = redirectStatus(rargs);
      if (sent !== wire.status) problems.push(`Results.Redirect with these flags answers ${sent}, expected ${wire.status}`);
      break;
    }
    case "Results.Problem": {
      if (!isProblem) problems.push(`Results.Problem without --problem`);
      const expected = parseJson(wire.body!) as Map<string, JsonValue>;
      for (const member of ["type", "title"]) {
        const value = byName(member);
        const text = value ? expectString(value, `the problem's ${member}`, problems) : null;
        if (text !== expected.get(member))
          problems.push(`the problem's ${member} is ${JSON.stringify(text)}, expected ${JSON.stringify(expected.get(member))}`);
      }
      statusWritten = byName("statusCode")?.text ?? null;
      const instance = byName("instance")?.text;
      if (instance !== "request.Path" && instance !== "context.Request.Path")
        problems.push(`the problem's instance must be the request's path, found ${instance}`);
      if (contentType !== "application/problem+json") problems.push(`Results.Problem sends application/problem+json, expected ${contentType}`);
      if (byName("detail") || byName("extensions")) problems.push(`the problem carries members the response does not promise`);
      break;
    }
    default:
      problems.push(`unexpected result ${r.callee}`);
  }
  if (isProblem && r.callee !== "Results.Problem") problems.push(`--problem must go through Results.Problem, found ${r.callee}`);
  if (statusWritten !== null && statusWritten !== status) problems.push(`status is ${statusWritten}, expected ${status}`);
  if (["Results.Json", "Results.Content", "Results.StatusCode", "Results.Problem"].includes(r.callee) && statusWritten === null)
    problems.push(`${r.callee} without its status`);

  // Every promised header, from the lambda or the helper.
  const expectedHeaders = wire.headers.filter(([n]) => n.toLowerCase() !== "content-type");
  const sorted = (h: [string, string][]) => JSON.stringify([...h].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (sorted(headers) !== sorted(expectedHeaders)) problems.push(`headers are ${JSON.stringify(headers)}, expected ${JSON.stringify(expectedHeaders)}`);

  // The body, as System.Text.Json writes it.
  if (!isProblem) {
    if (bodyNode) {
      try {
        const written = compactJson(bodyValue(bodyNode));
        const promised = wire.body === null ? null : compactJson(parseJson(wire.body));
        if (written !== promised) problems.push(`body is ${written}, expected ${promised}`);
      } catch (err) {
        if (!(err instanceof NotData)) throw err;
        problems.push(`the body is not data System.Text.Json writes as promised: ${err.message}`);
      }
      if (contentType === null) problems.push(`a body where the response has none`);
    } else if (bodyText === null && wire.body !== null) problems.push(`no body, expected ${wire.body}`);
  }
  // A constant must be one of ASP.NET Core's StatusCodes fields for this very code.
  if (status.startsWith("StatusCodes.") && !new RegExp(`^StatusCodes\\.Status${wire.status}[A-Za-z]+$`).test(status)) {
    problems.push(`constant ${status} does not name status ${wire.status}`);
  }
  return problems;
};

export default checkSnippet;
