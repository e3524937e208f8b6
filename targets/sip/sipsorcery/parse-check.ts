/**
 * SIPSorcery has no runtime here (no .NET SDK), so the parse layer checks its snippets on their syntax
 * tree too (this target's parse check, found by the parse runner in the target's folder): the file's
 * shape per style (a UDP channel on 127.0.0.1:$PORT and the request event for the app; one static
 * class for the handler); the handler's steps in order (ACK ignored, 405 with Allow for another method,
 * `SIPResponse.GetResponse` with the status and the reason phrase, To's tag on every response but 100,
 * SIPSorcery's own Allow list cleared unless the response promises one); every header it sets, read
 * as SIPSorcery writes it (a typed field under its wire name, or UnknownHeaders verbatim), the body and
 * its Content-Type, compared with the response `snipgen sip <code> --format json` promises; and the
 * one SendResponseAsync at the end.
 */
import type { Node } from "web-tree-sitter";
import { csStringValue } from "../../../languages/csharp/checks.js";
import type { Item } from "../../../test/parse/corpus.js";
import type { ParseCheck } from "../../../test/parse/grammars.js";

const named = (node: Node | null | undefined): Node[] => (node ? node.namedChildren.filter((c): c is Node => c !== null) : []);

/**
 * The SIPHeader fields the template sets, with the header name SIPHeader.ToString writes for each
 * (SIPSorcery 10.0.16, src/SIPSorcery/core/SIP/SIPHeader.cs: the field's string as it is).
 */
const FIELDS: Record<string, string> = {
  Accept: "Accept",
  Allow: "Allow",
  AllowEvents: "Allow-Events",
  CallInfo: "Call-Info",
  Reason: "Reason",
  Require: "Require",
  RetryAfter: "Retry-After",
  Supported: "Supported",
  Unsupported: "Unsupported",
  Warning: "Warning",
};
/** Headers the response copies from the request, and those SIPSorcery computes (Content-Length) or sets from ContentType. */
const NOT_SET = ["via", "from", "to", "call-id", "cseq", "content-length", "content-type"];

const APP_USINGS = ["System", "System.Net", "System.Threading", "System.Threading.Tasks", "SIPSorcery.SIP"];
const HANDLER_USINGS = ["System.Threading.Tasks", "SIPSorcery.SIP"];

/** The status argument the snippet must write: SIPSorcery's enum member, or the number cast to the enum. */
function expectedStatus(item: Item, status: number): string {
  const constant = item.variant.args.includes("--numeric") ? undefined : item.target.constants()[String(status)];
  return constant ?? `(SIPResponseStatusCodesEnum)${status}`;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The app's top-level statements: the port from $PORT, the transport, the UDP channel on loopback, the event, the wait. */
function checkApp(root: Node, problems: string[]): Node | null {
  const statements = named(root)
    .filter((n) => n.type === "global_statement")
    .map((n) => named(n)[0]!);
  const texts = statements.map((s) => squash(s.text));
  const expected = [
    /^var port = int\.TryParse\(Environment\.GetEnvironmentVariable\("PORT"\), out var p\) \? p : 5060;$/,
    /^var sipTransport = new SIPTransport\(\);$/,
    /^sipTransport\.AddSIPChannel\(new SIPUDPChannel\(new IPEndPoint\(IPAddress\.Loopback, port\)\)\);$/,
    /^sipTransport\.SIPTransportRequestReceived \+= \(localSIPEndPoint, remoteEndPoint, sipRequest\) => OnRequest\(sipTransport, sipRequest\);$/,
    /^Console\.WriteLine\(\$"listening for SIP on udp 127\.0\.0\.1:\{port\}"\);$/,
    /^await Task\.Delay\(Timeout\.Infinite\);$/,
  ];
  expected.forEach((re, i) => {
    if (!re.test(texts[i] ?? "")) problems.push(`top-level statement ${i + 1} is ${JSON.stringify(texts[i])}, expected ${re.source}`);
  });
  const fn = statements.at(-1);
  if (statements.length !== expected.length + 1 || fn?.type !== "local_function_statement") {
    problems.push(`the app must end with the handler as a local function, found ${statements.length} statements`);
    return null;
  }
  return fn;
}

/** The handler style: one public static class Uas with one public static method OnRequest. */
function checkHandler(root: Node, problems: string[]): Node | null {
  const top = named(root).filter((n) => n.type !== "comment" && n.type !== "using_directive");
  const cls = top[0];
  if (top.length !== 1 || cls?.type !== "class_declaration" || cls.childForFieldName("name")?.text !== "Uas") {
    problems.push(`handler style must be one class Uas, found ${top.map((n) => n.type).join(", ")}`);
    return null;
  }
  const modifiers = (n: Node) =>
    named(n)
      .filter((c) => c.type === "modifier")
      .map((c) => c.text)
      .join(" ");
  if (modifiers(cls) !== "public static") problems.push(`class Uas is "${modifiers(cls)}", expected "public static"`);
  const methods = cls.descendantsOfType("method_declaration").filter((n): n is Node => n !== null);
  if (methods.length !== 1) {
    problems.push(`expected one method in Uas, found ${methods.length}`);
    return null;
  }
  if (modifiers(methods[0]!) !== "public static async") problems.push(`OnRequest is "${modifiers(methods[0]!)}", expected "public static async"`);
  return methods[0]!;
}

const checkSnippet: ParseCheck = (item, root) => {
  const problems: string[] = [];
  const doc = item.doc! as unknown as {
    request: { method: string };
    response: { status: number; reason: string; headers: [string, string][]; body: string | null };
  };
  const usings = named(root)
    .filter((n) => n.type === "using_directive")
    .map((n) => squash(n.text).replace(/^using |;$/g, ""));
  const wantUsings = item.style === "app" ? APP_USINGS : HANDLER_USINGS;
  if (usings.join() !== wantUsings.join()) problems.push(`usings are ${JSON.stringify(usings)}, expected ${JSON.stringify(wantUsings)}`);

  const fn = item.style === "app" ? checkApp(root, problems) : checkHandler(root, problems);
  if (!fn) return problems;
  if (fn.childForFieldName("name")?.text !== "OnRequest") problems.push(`the handler is not named OnRequest`);
  const params = squash(fn.childForFieldName("parameters")?.text ?? "");
  if (params !== "(SIPTransport sipTransport, SIPRequest sipRequest)") problems.push(`OnRequest's parameters are ${params}`);
  const body = fn.childForFieldName("body");
  const statements = named(body).filter((n) => n.type !== "comment");
  const texts = statements.map((s) => squash(s.text));
  const method = doc.request.method;

  // ACK first, then the 405 for any other method, naming the snippet's method in Allow.
  if (texts[0] !== "if (sipRequest.Method == SIPMethodsEnum.ACK) { return; }") problems.push(`the first statement must ignore ACK: ${texts[0]}`);
  const refusal = [
    `if (sipRequest.Method != SIPMethodsEnum.${method}) {`,
    `var refused = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");`,
    `refused.Header.To.ToTag = CallProperties.CreateNewTag();`,
    `refused.Header.Allow = ${JSON.stringify(method)};`,
    `await sipTransport.SendResponseAsync(refused); return; }`,
  ].join(" ");
  if (texts[1] !== refusal) problems.push(`the second statement must answer other methods with 405 and Allow: ${method}, found ${texts[1]}`);

  // var response = SIPResponse.GetResponse(sipRequest, <status>, <reason>);
  const declarator = statements[2]?.descendantsOfType("variable_declarator")[0];
  const call = declarator ? named(declarator).find((n) => n.type === "invocation_expression") : undefined;
  const args = named(call?.childForFieldName("arguments")).map((a) => named(a).at(-1)!);
  if (
    declarator?.childForFieldName("name")?.text !== "response" ||
    call?.childForFieldName("function")?.text !== "SIPResponse.GetResponse" ||
    args.length !== 3
  ) {
    problems.push(`the third statement must be var response = SIPResponse.GetResponse(...): ${texts[2]}`);
    return problems;
  }
  const wire = doc.response;
  const status = expectedStatus(item, wire.status);
  if (args[0]!.text !== "sipRequest") problems.push(`GetResponse answers ${args[0]!.text}, expected sipRequest`);
  if (squash(args[1]!.text) !== status) problems.push(`status is ${args[1]!.text}, expected ${status}`);
  if (csStringValue(args[2]!) !== wire.reason) problems.push(`reason phrase is ${args[2]!.text}, expected ${JSON.stringify(wire.reason)}`);

  // What follows: the To tag, header fields, UnknownHeaders, the body, and the one send at the end.
  let tagged = false;
  let allowCleared = false;
  let contentType: string | null = null;
  let sentBody: string | null = null;
  const headers: [string, string][] = [];
  const rest = statements.slice(3);
  if (texts.at(-1) !== "await sipTransport.SendResponseAsync(response);") problems.push(`the handler must end by sending the response: ${texts.at(-1)}`);
  for (const st of rest.slice(0, -1)) {
    const expr = named(st)[0];
    const text = squash(st.text);
    if (expr?.type === "assignment_expression") {
      const left = expr.childForFieldName("left")!.text;
      const right = expr.childForFieldName("right")!;
      const field = /^response\.Header\.(\w+)$/.exec(left)?.[1];
      if (text === "response.Header.To.ToTag = CallProperties.CreateNewTag();") tagged = true;
      else if (text === "response.Header.Allow = null;") allowCleared = true;
      else if (left === "response.Header.ContentType") contentType = csStringValue(right);
      else if (left === "response.Body") sentBody = csStringValue(right);
      else if (field && FIELDS[field] && csStringValue(right) !== null) headers.push([FIELDS[field], csStringValue(right)!]);
      else problems.push(`unexpected assignment: ${text}`);
    } else if (expr?.type === "invocation_expression" && expr.childForFieldName("function")?.text === "response.Header.UnknownHeaders.Add") {
      const arg = named(named(expr.childForFieldName("arguments"))[0]).at(-1);
      const line = arg ? csStringValue(arg) : null;
      const colon = line?.indexOf(": ") ?? -1;
      if (line === null || line === undefined || colon < 1) problems.push(`UnknownHeaders.Add takes "Name: value": ${text}`);
      else headers.push([line.slice(0, colon), line.slice(colon + 2)]);
    } else problems.push(`unexpected statement: ${text}`);
  }
  if (tagged !== (wire.status !== 100)) problems.push(tagged ? `100 Trying must not tag To` : `To gets no tag`);
  const promised = wire.headers.filter(([n]) => !NOT_SET.includes(n.toLowerCase()));
  const hasAllow = promised.some(([n]) => n.toLowerCase() === "allow");
  if (allowCleared === hasAllow) problems.push(hasAllow ? `Allow is promised and cleared` : `GetResponse's Allow list is not cleared`);
  const sorted = (h: [string, string][]) => JSON.stringify(h.map(([n, v]) => [n.toLowerCase(), v]).sort());
  if (sorted(headers) !== sorted(promised)) problems.push(`headers are ${JSON.stringify(headers)}, expected ${JSON.stringify(promised)}`);
  const promisedType = wire.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? null;
  if (contentType !== promisedType) problems.push(`Content-Type is ${JSON.stringify(contentType)}, expected ${JSON.stringify(promisedType)}`);
  if (sentBody !== wire.body) problems.push(`body is ${JSON.stringify(sentBody)}, expected ${JSON.stringify(wire.body)}`);
  return problems;
};

export default checkSnippet;
