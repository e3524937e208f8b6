import type { PageBlock, PageTarget, ResponseSpec, Translate } from "../types.js";
import model from "./codes.json" with { type: "json" };
import type { SipRequest } from "./request.js";

/** XML text content: the characters that would end or confuse a CDATA section or an attribute. */
const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The request as sipp sends it: sipp's keywords where sipp must fill in its own address, branch, tag
 * and Call-ID, so the scenario works from any machine.
 */
function sippRequest(request: SipRequest): string[] {
  const lines = [`${request.method} ${request.uri} SIP/2.0`];
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (lower === "via") lines.push(`Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]`);
    else if (lower === "from") lines.push(`From: ${value.replace(/;tag=.*$/, ";tag=[pid]SIPpTag[call_number]")}`);
    else if (lower === "call-id") lines.push("Call-ID: [call_id]");
    else if (lower === "contact") lines.push("Contact: <sip:alice@[local_ip]:[local_port]>");
    else if (lower === "content-length") lines.push("Content-Length: [len]");
    else lines.push(`${name}: ${value}`);
  }
  return lines;
}

/**
 * The ACK an INVITE's final response needs: a new branch for 2xx (§13.2.2.4), the INVITE's own for a
 * failure (§17.1.1.3), which sipp gives as [branch-N], N messages back (`inviteBack`).
 */
function sippAck(request: SipRequest, status: number, inviteBack: number): string[] {
  const branch = status < 300 ? "[branch]" : `[branch-${inviteBack}]`;
  return [
    `ACK ${request.uri} SIP/2.0`,
    `Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=${branch}`,
    "Max-Forwards: 70",
    "[last_From:]",
    "[last_To:]",
    "Call-ID: [call_id]",
    "CSeq: 1 ACK",
    "Content-Length: 0",
  ];
}

/** A sipp UAC scenario: send the example request, expect the code (after any provisional ones), ACK an INVITE's final answer. */
export function sippScenario(spec: ResponseSpec): string {
  const request = spec.request!;
  const cdata = (lines: string[]) => ["    <![CDATA[", ...lines.map((l) => `      ${l}`), "", "    ]]>"].join("\n");
  // A stack may send 100 Trying to an INVITE by itself before the answer.
  const provisional = spec.status !== 100 && request.method === "INVITE" ? ['  <recv response="100" optional="true" />'] : [];
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<scenario name="${xmlAttr(`${request.method} answered with ${spec.status} ${spec.reason}`)}">`,
    "  <send>",
    cdata(sippRequest(request)),
    "  </send>",
    ...provisional,
    `  <recv response="${spec.status}" />`,
  ];
  // Messages: the INVITE, the optional 100, the answer, then the ACK.
  if (request.method === "INVITE" && spec.status >= 200) parts.push("  <send>", cdata(sippAck(request, spec.status, provisional.length + 2)), "  </send>");
  parts.push("</scenario>");
  return parts.join("\n") + "\n";
}

/** The same scenario sent to `snipgen serve`: its request lines (the request and any ACK) name the code in the Request-URI. */
function serveCommands(code: number, request: SipRequest): string {
  const pattern = `${request.uri} SIP/2.0`.replace(/[.[\]*^$\\|]/g, "\\$&");
  return [
    "snipgen serve --sip-only --sip-port 5060 &",
    `sed 's|${pattern}|sip:${code}@127.0.0.1:5060 SIP/2.0|' uac.xml > serve.xml`,
    "sipp -sf serve.xml -m 1 -timeout 10s 127.0.0.1:5060",
  ].join("\n");
}

/** The page's "Test with sipp" section: the UAC scenario and the command that runs it once, its prose in the page's language (`t`). */
export function tryItSection(code: number, spec: ResponseSpec, targets: PageTarget[], t: Translate): PageBlock[] {
  const single = targets.find((p) => p.run !== undefined);
  const intro = single
    ? t("tryit.sip.startExample", {
        command: `\`${single.install ? `${single.install} && ` : ""}snipgen sip ${code} -f ${single.id} --style app > ${single.appFile} && PORT=5060 ${single.run}\``,
        code,
      })
    : t("tryit.sip.start", { code });
  return [
    { heading: t("tryit.sip.heading") },
    { text: intro },
    { code: sippScenario(spec), lang: "xml" },
    { code: "sipp -sf uac.xml -m 1 -timeout 10s 127.0.0.1:${PORT:-5060}", lang: "sh" },
    ...(model.codes.some((c) => c.code === code) ? serveBlocks(code, spec.request!, t) : []),
  ];
}

/** How to try the code against `snipgen serve` (which answers the codes of the model). */
function serveBlocks(code: number, request: SipRequest, t: Translate): PageBlock[] {
  return [{ text: t("tryit.sip.serve", { uri: `\`sip:${code}@127.0.0.1:5060\`` }) }, { code: serveCommands(code, request), lang: "sh" }];
}
