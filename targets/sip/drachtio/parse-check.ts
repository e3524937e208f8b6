/**
 * drachtio cannot run here (drachtio-srf needs a drachtio server, which no registry of this machine
 * has), so the parse layer checks its snippets on their syntax tree too (this target's parse check,
 * found by the parse runner in the target's folder): the file's shape per style (the app imports Srf,
 * registers the handler with `srf.<method>((req, res) => ...)` and connects to the server; the handler
 * style exports `on<Method>(req, res)`), then the one `res.send(status, reason, { headers, body })` call:
 * the status number and the reason as promised, the headers object holding exactly the promised headers
 * the application writes (Content-Type included; Via, From, To, Call-ID, CSeq and Content-Length are
 * the stack's), and the body, each string evaluated by Node as written.
 */
import type { Node } from "web-tree-sitter";
import { evaluateLiteral } from "../../../languages/javascript/checks.js";
import type { Item } from "../../../test/parse/corpus.js";
import type { ParseCheck } from "../../../test/parse/grammars.js";

const named = (node: Node | null | undefined): Node[] => (node ? node.namedChildren.filter((c): c is Node => c !== null) : []);
const descendants = (node: Node, type: string): Node[] => node.descendantsOfType(type).filter((n): n is Node => n !== null);
/** Headers the stack writes (copied from the request, or computed), never the application. */
const STACK = ["via", "from", "to", "call-id", "cseq", "content-length"];

/** The call's callee text and argument nodes, or null for anything else. */
function call(node: Node | null | undefined): { callee: string; args: Node[] } | null {
  if (!node || node.type !== "call_expression") return null;
  return { callee: node.childForFieldName("function")?.text ?? "", args: named(node.childForFieldName("arguments")) };
}

/** A string literal's value, evaluated by Node, or null when the node is not one. */
function stringValue(node: Node | undefined): string | null {
  if (!node || node.type !== "string") return null;
  const value = evaluateLiteral(node.text);
  return typeof value === "string" ? value : null;
}

/** The pairs of an object literal: keys as their names (identifier or evaluated string), values as nodes. */
function objectPairs(node: Node, problems: string[]): [string, Node][] {
  return named(node).flatMap((pair): [string, Node][] => {
    const key = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (pair.type !== "pair" || !key || !value) {
      problems.push(`not a plain key: value pair in an object: ${pair.text}`);
      return [];
    }
    const name = key.type === "property_identifier" ? key.text : stringValue(key);
    if (name === null) problems.push(`object key is not a name or a string: ${key.text}`);
    return name === null ? [] : [[name, value]];
  });
}

/** The statements of the file, comments aside. */
const statements = (root: Node) => named(root).filter((n) => n.type !== "comment");

/** The handler function's body per style, after checking the file's shape. */
function handlerBody(item: Item, root: Node, problems: string[]): Node | null {
  const method = (item.doc as unknown as { request: { method: string } }).request.method.toLowerCase();
  const top = statements(root);
  if (item.style === "handler") {
    const name = `on${method.charAt(0).toUpperCase()}${method.slice(1)}`;
    const fn = top.length === 1 && top[0]!.type === "export_statement" ? top[0]!.childForFieldName("declaration") : null;
    if (fn?.type !== "function_declaration" || fn.childForFieldName("name")?.text !== name)
      problems.push(`handler style must be one "export function ${name}(req, res)", found ${top.map((n) => n.type).join(", ")}`);
    else if (fn.childForFieldName("parameters")?.text !== "(req, res)") problems.push(`${name} must take (req, res)`);
    return fn?.childForFieldName("body") ?? null;
  }
  const texts = top.map((n) => n.text);
  if (texts[0] !== 'import Srf from "drachtio-srf";') problems.push(`the app must start with: import Srf from "drachtio-srf"; found ${texts[0]}`);
  if (texts[1] !== "const srf = new Srf();") problems.push(`the app's second statement must be: const srf = new Srf(); found ${texts[1]}`);
  const calls = top.filter((n) => n.type === "expression_statement").map((n) => call(named(n)[0]));
  const register = calls.filter((c) => c?.callee.startsWith("srf.") && c.callee !== "srf.connect" && c.callee !== "srf.on");
  if (register.length !== 1 || register[0]!.callee !== `srf.${method}`)
    problems.push(`the app must register one handler with srf.${method}(...), found ${register.map((c) => c!.callee).join(", ") || "none"}`);
  const connect = calls.find((c) => c?.callee === "srf.connect");
  if (connect?.args[0]?.text !== '{ host: "127.0.0.1", port: 9022, secret: "cymru" }')
    problems.push(`the app must connect to the local drachtio server: srf.connect({ host: "127.0.0.1", port: 9022, secret: "cymru" })`);
  const arrow = register[0]?.args[0];
  if (
    register.length === 1 &&
    (register[0]!.args.length !== 1 || arrow?.type !== "arrow_function" || arrow.childForFieldName("parameters")?.text !== "(req, res)")
  )
    problems.push(`srf.${method} must get one (req, res) => { ... } handler`);
  return arrow?.childForFieldName("body") ?? null;
}

/** Differences between the snippet's tree and the response it must send; empty when it is right. */
const checkSnippet: ParseCheck = (item, root) => {
  const problems: string[] = [];
  const want = item.doc!.response;
  const body = handlerBody(item, root, problems);
  if (!body) return problems.length ? problems : ["no handler body found"];
  const sends = descendants(body, "call_expression").map((n) => call(n)!);
  if (sends.length !== 1 || sends[0]!.callee !== "res.send")
    return [...problems, `the handler must make one call, res.send(...), found ${sends.map((s) => s.callee).join(", ") || "none"}`];
  const [status, reason, options, ...more] = sends[0]!.args;
  if (more.length) problems.push(`res.send takes (status, reason, options) here, found ${sends[0]!.args.length} arguments`);
  if (status?.type !== "number" || Number(status.text) !== want.status) problems.push(`status is ${status?.text}, expected ${want.status}`);
  if (stringValue(reason) !== want.reason) problems.push(`reason is ${reason?.text}, expected ${JSON.stringify(want.reason)}`);
  const wantHeaders = want.headers.filter(([n]) => !STACK.includes(n.toLowerCase()));
  let headers: [string, string | null][] = [];
  let sent: string | null = null;
  if (options) {
    if (options.type !== "object") problems.push(`res.send's options are not an object literal: ${options.text}`);
    for (const [key, value] of options.type === "object" ? objectPairs(options, problems) : []) {
      if (key === "headers" && value.type === "object") headers = objectPairs(value, problems).map(([n, v]) => [n, stringValue(v)]);
      else if (key === "body") sent = stringValue(value);
      else problems.push(`unexpected option ${key}: ${value.text}`);
    }
  }
  if (JSON.stringify(headers) !== JSON.stringify(wantHeaders))
    problems.push(`headers are ${JSON.stringify(headers)}, expected ${JSON.stringify(wantHeaders)} (in that order)`);
  if (sent !== want.body) problems.push(`body is ${JSON.stringify(sent)}, expected ${JSON.stringify(want.body)}`);
  return problems;
};

export default checkSnippet;
