/**
 * `snipgen serve --sip` with real clients: the tests' UDP UAC and a TCP client for every SIP code, sipp
 * for the page's scenarios and its built-in UAC over UDP and TCP. Each answer must be what
 * `snipgen sip <code> --format json` promises (compareSip: status, Via/From/Call-ID/CSeq as sent, To with
 * a tag, the code's headers, Content-Length, body), with the reason phrase and header order as well.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { sendSip, type SipResponse } from "../../protocols/sip/runtime/client.js";
import { asSentFrom, compareSip, requestText, type SipPromise } from "../../protocols/sip/runtime/compare.js";
import { ALLOW } from "../../src/serve/sip.js";
import { pool } from "../helpers/files.js";
import { protocolOf } from "../helpers/registry.js";
import { REQUIRED } from "../helpers/toolchains.js";
import { snipgen, snipgenJsonAsync } from "../helpers/snipgen.js";
import { startServe, type Served } from "./server.js";
import { sipText, tcpExchange, udpOnce } from "./sip-client.js";

const CODES = protocolOf("sip").codes.map((c) => c.code);
const sipp = spawnSync("sipp", ["-v"]).status !== null && spawnSync("which", ["sipp"]).status === 0;
let server: Served;
const docs = new Map<number, SipPromise & { response: { reason: string } }>();

before(async () => {
  server = await startServe(["--sip-only"]);
  const all = await pool(CODES, 4, (code) => snipgenJsonAsync(["sip", String(code)]));
  all.forEach((d, i) => docs.set(CODES[i]!, d as unknown as SipPromise & { response: { reason: string } }));
});
after(async () => {
  if (server.alive()) assert.equal(await server.stop("SIGINT"), 0);
});

/** The promised request as sent to serve: from this client, over `transport`, to sip:<code>@127.0.0.1:<port>. */
function toServe(request: SipPromise["request"], code: number | string, localPort: number, transport = "UDP"): SipPromise["request"] {
  const sent = asSentFrom(request, localPort);
  return {
    ...sent,
    uri: `sip:${code}@127.0.0.1:${server.sipPort}`,
    headers: sent.headers.map(([n, v]): [string, string] => [n, n === "Via" ? v.replace("SIP/2.0/UDP", `SIP/2.0/${transport}`) : v]),
  };
}

/** compareSip, plus the reason phrase and the header order: copied ones, the code's, Content-Length. */
function differences(code: number, sent: SipPromise["request"], live: SipResponse): string[] {
  const doc = docs.get(code)!;
  const diffs = compareSip({ request: sent, response: doc.response }, live);
  if (live.reason !== doc.response.reason) diffs.push(`reason: expected ${doc.response.reason}, got ${live.reason}`);
  const names = live.headers.map(([n]) => n);
  const want = [...doc.response.headers.map(([n]) => n), "Content-Length"];
  if (JSON.stringify(names) !== JSON.stringify(want)) diffs.push(`header order: expected ${want.join(", ")}, got ${names.join(", ")}`);
  return diffs;
}

describe("snipgen serve --sip: every code as --format json promises", () => {
  it("over UDP, each code's typical request to sip:<code>@host", async () => {
    const failures: string[] = [];
    await pool(CODES, 8, async (code) => {
      let sent!: SipPromise["request"];
      const { responses } = await sendSip(server.sipPort, (local) => requestText((sent = toServe(docs.get(code)!.request, code, local))), code, 5000);
      const diffs = differences(code, sent, responses.at(-1)!);
      if (diffs.length) failures.push(`${code}: ${diffs.join("; ")}`);
    });
    assert.deepEqual(failures, []);
  });

  it("over TCP, every code on one connection, pipelined", async () => {
    const sent: SipPromise["request"][] = [];
    const { responses, closed } = await tcpExchange(
      server.sipPort,
      (local) =>
        CODES.map((code, i) => {
          sent[i] = toServe(docs.get(code)!.request, code, local, "TCP");
          return requestText(sent[i]!);
        }),
      CODES.length,
    );
    assert.equal(closed, false);
    const failures = CODES.flatMap((code, i) => {
      const diffs = differences(code, sent[i]!, responses[i]!);
      return diffs.length ? [`${code}: ${diffs.join("; ")}`] : [];
    });
    assert.deepEqual(failures, []);
  });
});

describe("snipgen serve --sip: the UAS's rules", () => {
  const request =
    (uri: string, method = "OPTIONS", extra: [string, string][] = []) =>
    (local: number) =>
      sipText(`${method} ${uri} SIP/2.0`, [
        ["Via", `SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK-t1`],
        ["Max-Forwards", "70"],
        ["From", "<sip:alice@example.com>;tag=a1"],
        ["To", "<sip:bob@example.com>"],
        ["Call-ID", `rules-${method}-${uri}`],
        ["CSeq", `1 ${method}`],
        ...extra,
        ["Content-Length", "0"],
      ]);
  const header = (r: SipResponse, name: string) => r.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

  it("OPTIONS with no user part: 200 with the methods serve answers in Allow (the model's 200 with -H Allow)", async () => {
    const doc = (await snipgenJsonAsync(["sip", "200", "--method", "OPTIONS", "-H", `Allow: ${ALLOW}`])) as unknown as SipPromise;
    let sent = "";
    const { responses } = await sendSip(server.sipPort, (local) => (sent = request(`sip:127.0.0.1:${server.sipPort}`)(local)), 200, 5000);
    const live = responses.at(-1)!;
    const req = {
      ...doc.request,
      headers: sent.split("\r\n").flatMap((l) => (/^[\w-]+: /.test(l) ? [l.split(/: (.*)/s).slice(0, 2) as [string, string]] : [])),
    };
    assert.deepEqual(compareSip({ request: req, response: doc.response }, live), []);
    assert.equal(header(live, "Allow"), ALLOW);
  });

  it("an unknown user part or code is 404 with a Warning that names it; a tel: URI 416; an unknown method 501", async () => {
    const cases: [string, string, number, RegExp][] = [
      ["sip:bob@127.0.0.1", "INVITE", 404, /^399 snipgen "bob is not a SIP status code snipgen knows/],
      ["sip:299@127.0.0.1", "INVITE", 404, /^399 snipgen "299 is not/],
      ["sip:418@127.0.0.1", "OPTIONS", 404, /418 is not/],
      ["sip:127.0.0.1", "INVITE", 404, /no code in the Request-URI/],
      ["tel:+15551234", "INVITE", 416, /serve answers sip: and sips: URIs, not tel:/],
      ["sip:200@127.0.0.1", "FROB", 501, /does not know the method FROB/],
    ];
    for (const [uri, method, status, warning] of cases) {
      const [live] = await udpOnce(server.sipPort, request(uri, method), 500);
      assert.equal(live?.status, status, `${method} ${uri}`);
      assert.match(header(live!, "Warning") ?? "", warning);
      assert.match(header(live!, "To")!, /;tag=\w+$/);
    }
  });

  it("absorbs an ACK, drops a malformed datagram (no answer), and keeps answering", async () => {
    assert.deepEqual(await udpOnce(server.sipPort, request("sip:486@127.0.0.1", "ACK")), []);
    for (const bad of [
      "INVITE sip:486@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bK1\r\n\r\n",
      "INVITE sip:486@127.0.0.1 SIP/3.0\r\n\r\n",
      "garbage\r\n\r\n",
      request("sip:486@127.0.0.1", "INVITE", [["Content-Length", "99"]])(1),
      request("sip:486@127.0.0.1", "INVITE")(1).replace("CSeq: 1 INVITE", "CSeq: 1 BYE"),
      request("sip:486@127.0.0.1", "INVITE")(1).replace("From: <sip:alice@example.com>;tag=a1\r\n", ""),
    ])
      assert.deepEqual(await udpOnce(server.sipPort, () => bad), [], bad);
    const [live] = await udpOnce(server.sipPort, request("sip:486@127.0.0.1", "INVITE"));
    assert.equal(live?.status, 486);
    assert.match(server.stderr(), /^SIP\/UDP ACK sip:486@127\.0\.0\.1 absorbed \d+\.\dms$/m);
    assert.match(server.stderr(), /^SIP\/UDP INVITE sip:486@127\.0\.0\.1 dropped: no From header /m);
  });

  it("over TCP, a malformed message gets 400 with a Warning naming the fault, and the connection closes", async () => {
    for (const [bad, fault] of [
      [request("sip:486@127.0.0.1", "INVITE")(1).replace("Content-Length: 0\r\n", ""), /no Content-Length/],
      [request("sip:486@127.0.0.1", "INVITE")(1).replace("Call-ID", "X-Call"), /no Call-ID header/],
      ["INVITE nonsense\r\nContent-Length: 0\r\n\r\n", /not a SIP\/2\.0 request line/],
    ] as const) {
      const { responses, closed } = await tcpExchange(server.sipPort, () => [bad], 2);
      assert.equal(closed, true);
      assert.deepEqual(
        responses.map((r) => r.status),
        [400],
      );
      assert.match(header(responses[0]!, "Warning")!, fault);
    }
  });

  it("gives a retransmission the same To tag, keeps a To that has one, fills rport, and reads compact headers", async () => {
    const build = request("sip:486@127.0.0.1", "INVITE");
    const [a] = await udpOnce(server.sipPort, (l) => build(l));
    const [b] = await udpOnce(server.sipPort, (l) => build(l));
    // Different local ports, so Via differs: the tag follows Call-ID, From, CSeq and Via. The same datagram twice:
    const fixed = build(5999);
    const [c] = await udpOnce(server.sipPort, () => fixed);
    const [d] = await udpOnce(server.sipPort, () => fixed);
    assert.ok(a && b && c && d);
    assert.equal(header(c, "To"), header(d, "To"));
    const [dialog] = await udpOnce(server.sipPort, (l) => build(l).replace("To: <sip:bob@example.com>", "To: <sip:bob@example.com>;tag=given"));
    assert.equal(header(dialog!, "To"), "<sip:bob@example.com>;tag=given");
    const [rport] = await udpOnce(server.sipPort, (l) => build(l).replace("branch=z9hG4bK-t1", "branch=z9hG4bK-t1;rport"));
    assert.match(header(rport!, "Via")!, /;rport=\d+;received=127\.0\.0\.1$/);
    const compact = (l: number) =>
      build(l).replace("Via:", "v:").replace("From:", "f:").replace("To:", "t:").replace("Call-ID:", "i:").replace("Content-Length:", "l:");
    const [short] = await udpOnce(server.sipPort, compact);
    assert.equal(short?.status, 486);
    assert.deepEqual(
      short!.headers.map(([n]) => n),
      ["Via", "From", "To", "Call-ID", "CSeq", "Retry-After", "Content-Length"],
    );
  });
});

describe("snipgen serve --sip with sipp", () => {
  it(
    "the page's 'Test with sipp' serve commands exit 0 (INVITE with ACK, REFER, REGISTER, a provisional)",
    { skip: !sipp && !REQUIRED && "sipp is not installed (Debian sip-tester)" },
    () => {
      for (const code of [486, 200, 202, 401, 180, 603]) {
        const page = snipgen(["sip", String(code), "--all"]).stdout;
        const scenario = /```xml\n([\s\S]*?)\n```/.exec(page)![1]!;
        const commands = /```sh\n(snipgen serve --sip-only[^\n]*\n[\s\S]*?)\n```/.exec(page)?.[1];
        assert.ok(commands, `${code}: no serve commands on the page`);
        const script = commands.split("\n").slice(1).join("\n").replaceAll("5060", String(server.sipPort)).replace("sipp ", "sipp -nostdin -timeout_error ");
        const dir = spawnSync("mktemp", ["-d"], { encoding: "utf8" }).stdout.trim();
        const r = spawnSync("sh", ["-c", `cat > uac.xml && ${script}`], { cwd: dir, input: scenario + "\n", encoding: "utf8", timeout: 30_000 });
        spawnSync("rm", ["-rf", dir]);
        assert.equal(r.status, 0, `${code}: ${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
      }
    },
  );

  it(
    "sipp's built-in UAC (INVITE, 200, ACK, BYE, 200) over UDP and over TCP",
    { skip: !sipp && !REQUIRED && "sipp is not installed (Debian sip-tester)" },
    () => {
      for (const transport of ["u1", "t1"]) {
        const r = spawnSync(
          "sipp",
          [
            "-sn",
            "uac",
            "-s",
            "200",
            "-t",
            transport,
            "-m",
            "3",
            "-timeout",
            "20s",
            "-timeout_error",
            "-nostdin",
            "-i",
            "127.0.0.1",
            `127.0.0.1:${server.sipPort}`,
          ],
          { encoding: "utf8", timeout: 40_000 },
        );
        assert.equal(r.status, 0, `${transport}: ${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
      }
    },
  );
});
