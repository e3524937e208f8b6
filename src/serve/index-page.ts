/** `GET /` of `snipgen serve`: what it answers and how to ask, as JSON or (Accept: text/html) a small page. */
import { MAX_DELAY_MS } from "./limits.js";

export interface IndexInfo {
  /** The HTTP codes, in order. */
  codes: { code: number; reason: string }[];
  /** Where the SIP UAS listens, when it does. */
  sip: { host: string; port: number } | null;
}

interface Item {
  ask: string;
  means: string;
  example: string;
}

const ROUTES: Item[] = [
  { ask: "/<code>", means: "that code's response, for any method; no body for HEAD or where the code forbids one", example: "/429" },
  { ask: "/status/<code>", means: "the same", example: "/status/401" },
  {
    ask: "/status/<code>:<weight>,<code>:<weight>",
    means: "one of the codes at random, by weight (weight 1 where none is given)",
    example: "/status/200:3,503:1",
  },
];

const QUERY: Item[] = [
  { ask: "?delay=MS", means: `wait MS milliseconds before answering (0 to ${MAX_DELAY_MS})`, example: "/504?delay=2000" },
  {
    ask: "?body=JSON",
    means: "this body instead of the model's (URL-encoded JSON, key order kept); refused where the code carries none",
    example: "/201?body=%7B%22id%22%3A7%7D",
  },
  {
    ask: "?problem",
    means: "an RFC 9457 problem details body (application/problem+json) for a 4xx or 5xx, its instance the path asked, as --problem writes it",
    example: "/503?problem",
  },
  {
    ask: "?header=Name:value",
    means:
      "add a header, or replace one the code requires (repeatable); CR, LF and the headers the server sets (Content-Type, Content-Length, Date, ...) are refused",
    example: "/301?header=Location:/new-home",
  },
];

const NOTES = [
  "Each answer is the response `snipgen <code> --format json` shows (status, reason, headers, body), with a real Date.",
  "1xx: 100 Continue answers a request that sent Expect: 100-continue, 103 Early Hints is sent before a 200; 101 and 102 are refused (400) with the reason.",
  'An unknown path or code is a 404, a request the model refuses (a body on 204) a 400; both with {"error", "message"}.',
];

const sipPart = (sip: IndexInfo["sip"]) =>
  sip && {
    uri: `sip:<code>@${sip.host}:${sip.port}`,
    transports: ["UDP", "TCP"],
    means:
      "a request whose Request-URI user part is a SIP code gets that code (Via, From, Call-ID, CSeq copied, To tagged, the code's headers); another user part gets 404; OPTIONS with no user part gets 200 with Allow; ACK is absorbed",
    example: `sipp -sn uac -s 200 -m 1 ${sip.host}:${sip.port}`,
  };

export function indexJson(info: IndexInfo): string {
  const doc = {
    name: "snipgen serve",
    notes: NOTES,
    http: { routes: ROUTES, query: QUERY },
    sip: sipPart(info.sip),
    codes: info.codes.map((c) => ({ code: c.code, reason: c.reason, path: `/${c.code}` })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function table(items: Item[], link: boolean): string {
  const rows = items.map(
    (i) =>
      `<tr><td><code>${esc(i.ask)}</code></td><td>${esc(i.means)}</td><td>${link ? `<a href="${esc(i.example)}">` : ""}<code>${esc(i.example)}</code>${link ? "</a>" : ""}</td></tr>`,
  );
  return `<table>\n<tr><th>ask</th><th>answer</th><th>example</th></tr>\n${rows.join("\n")}\n</table>`;
}

export function indexHtml(info: IndexInfo): string {
  const sip = sipPart(info.sip);
  const codes = info.codes.map((c) => `<li><a href="/${c.code}">${c.code}</a> ${esc(c.reason)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>snipgen serve</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}td,th{text-align:left;padding:.2rem .6rem;vertical-align:top}ul{columns:3}</style>
</head>
<body>
<h1>snipgen serve</h1>
${NOTES.map((n) => `<p>${esc(n)}</p>`).join("\n")}
<h2>HTTP</h2>
${table(ROUTES, true)}
<h2>Query</h2>
${table(QUERY, true)}
${sip ? `<h2>SIP (${sip.transports.join(", ")})</h2>\n<p><code>${esc(sip.uri)}</code>: ${esc(sip.means)}. For example <code>${esc(sip.example)}</code>.</p>\n` : ""}<h2>Codes</h2>
<ul>
${codes}
</ul>
</body>
</html>
`;
}
