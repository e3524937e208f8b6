/**
 * ASP.NET Core has no runtime host on this machine (no .NET SDK), so the parse layer checks its snippets
 * on their syntax tree too (this target's parse check, found by the parse runner in the target's folder):
 * the file's shape per style, and the values the minimal API receives — route, method, every header,
 * body text, content type, status — decoded from the C# literals and compared with the response
 * snipgen promised.
 */
import type { Node } from "web-tree-sitter";
import { decodeEscape } from "../../../languages/csharp/checks.js";
import type { Target } from "../../../src/registry/types.js";
import type { Item } from "../../../test/parse/corpus.js";
import type { ParseCheck } from "../../../test/parse/grammars.js";

/** The value of a C# string literal node (regular, verbatim or raw), or null for any other node. */
export function csStringValue(node: Node): string | null {
  switch (node.type) {
    case "string_literal":
      return node.namedChildren.map((c) => (c!.type === "escape_sequence" ? decodeEscape(c!.text) : c!.text)).join("");
    case "verbatim_string_literal":
      return node.text.slice(2, -1).replace(/""/g, '"');
    case "raw_string_literal": {
      const content = node.namedChildren.find((c) => c!.type === "raw_string_content");
      if (node.text.includes("\n")) throw new Error("multi-line raw string literals are not expected in snippets");
      return content?.text ?? "";
    }
    default:
      return null;
  }
}

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

const HANDLER_USINGS = ["Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing"];

/** Differences between the snippet's tree and what it must do; empty when it is right. */
const checkSnippet: ParseCheck = (item, root) => {
  const problems: string[] = [];
  const doc = item.doc!;
  const top = named(root).filter((n) => n.type !== "comment");

  // The file's shape.
  if (item.style === "app") {
    const notGlobal = top.filter((n) => n.type !== "global_statement");
    if (notGlobal.length) problems.push(`app style must be top-level statements only; found ${notGlobal.map((n) => n.type).join(", ")}`);
    const first = top[0]?.text ?? "";
    if (!/^var builder = WebApplication\.CreateBuilder\(args\);$/.test(first))
      problems.push(`first statement is not WebApplication.CreateBuilder(args): ${first}`);
    const last = invocation(top.at(-1)?.namedChildren[0]?.namedChildren[0]);
    if (last?.callee !== "app.Run") problems.push(`last statement is not app.Run(...): ${top.at(-1)?.text}`);
  } else {
    const usings = top.filter((n) => n.type === "using_directive").map((n) => n.text.replace(/^using\s+|;$/g, ""));
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
  const route = args[0] && expectString(args[0].value, "the route", problems);
  if (route !== doc.route) problems.push(`route is ${JSON.stringify(route)}, expected ${JSON.stringify(doc.route)}`);
  if (explicit) {
    const methods = args[1] ? descendants(args[1].value, "string_literal").map(csStringValue) : [];
    if (methods.join() !== doc.method) problems.push(`MapMethods maps ${JSON.stringify(methods)}, expected ["${doc.method}"]`);
  }
  const lambda = args.at(-1)?.value;
  if (lambda?.type !== "lambda_expression") {
    problems.push(`the handler is not a lambda: ${lambda?.text}`);
    return problems;
  }
  if (lambda.childForFieldName("parameters")?.text !== "(HttpContext context)")
    problems.push(`lambda parameters are ${lambda.childForFieldName("parameters")?.text}`);
  const body = lambda.childForFieldName("body");
  const statements = body ? named(body) : [];

  // Headers, in order: context.Response.Headers["Name"] = "value";
  const expected = doc.response.headers.filter(([n]) => n.toLowerCase() !== "content-type");
  const headers: [string, string][] = [];
  for (const st of statements.filter((s) => s.type === "expression_statement")) {
    const assign = st.namedChildren[0];
    const left = assign?.childForFieldName("left");
    const right = assign?.childForFieldName("right");
    if (assign?.type !== "assignment_expression" || left?.type !== "element_access_expression" || !right) {
      problems.push(`unexpected statement in the handler: ${st.text}`);
      continue;
    }
    if (left.childForFieldName("expression")?.text !== "context.Response.Headers")
      problems.push(`assignment to ${left.text} instead of context.Response.Headers[...]`);
    const key = left.childForFieldName("subscript");
    const keyArg = key ? named(key)[0] : undefined;
    const name = keyArg ? expectString(argument(keyArg).value, "a header name", problems) : null;
    const value = expectString(right, "a header value", problems);
    if (name !== null && value !== null) headers.push([name, value]);
  }
  if (JSON.stringify(headers) !== JSON.stringify(expected)) problems.push(`headers are ${JSON.stringify(headers)}, expected ${JSON.stringify(expected)}`);

  // The result: Results.Content(json, contentType, statusCode: status) or Results.StatusCode(status).
  const returns = statements.filter((s) => s.type === "return_statement");
  if (returns.length !== 1 || statements.at(-1)?.type !== "return_statement") problems.push(`the handler must end in its only return statement`);
  const result = invocation(returns[0]?.namedChildren[0]);
  const status = expectedStatus(item.target, item, doc.response.status);
  if (doc.response.body !== null) {
    if (result?.callee !== "Results.Content" || result.args.length !== 3) {
      problems.push(`expected Results.Content(body, contentType, statusCode: ...), found ${returns[0]?.text}`);
      return problems;
    }
    const [text, type, code] = result.args.map(argument) as [ReturnType<typeof argument>, ReturnType<typeof argument>, ReturnType<typeof argument>];
    const bodyText = expectString(text.value, "the body", problems);
    if (bodyText !== doc.response.body) problems.push(`body text is ${JSON.stringify(bodyText)}, expected ${JSON.stringify(doc.response.body)}`);
    const contentType = doc.response.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1];
    const givenType = expectString(type.value, "the content type", problems);
    if (givenType !== contentType) problems.push(`content type is ${JSON.stringify(givenType)}, expected ${JSON.stringify(contentType)}`);
    if (code.name !== "statusCode" || code.value.text !== status)
      problems.push(`status argument is ${code.name}: ${code.value.text}, expected statusCode: ${status}`);
  } else {
    if (result?.callee !== "Results.StatusCode" || result.args.length !== 1) {
      problems.push(`expected Results.StatusCode(${status}) for a response without a body, found ${returns[0]?.text}`);
      return problems;
    }
    const code = argument(result.args[0]!);
    if (code.value.text !== status) problems.push(`status is ${code.value.text}, expected ${status}`);
  }
  // A constant must be one of ASP.NET Core's StatusCodes fields for this very code.
  if (status.startsWith("StatusCodes.") && !new RegExp(`^StatusCodes\\.Status${doc.response.status}[A-Za-z]+$`).test(status)) {
    problems.push(`constant ${status} does not name status ${doc.response.status}`);
  }
  return problems;
};

export default checkSnippet;
