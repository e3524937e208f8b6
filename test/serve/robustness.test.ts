/**
 * `snipgen serve` under bad input and load, on loopback, in bounded loops: random bytes, truncated
 * requests, a 1 MB header, slow clients, thousands of connections, malformed SIP datagrams. After each,
 * correct requests must still get their answers; memory stays bounded and the process never exits.
 */
import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { connect, type Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import { sendSip } from "../../protocols/sip/runtime/client.js";
import { pool } from "../helpers/files.js";
import { snipgenJsonAsync, type WireJson } from "../helpers/snipgen.js";
import { compareRaw, rawRequest } from "./client.js";
import { startServe, type Served } from "./server.js";

const SEED = Number(process.env.SNIPGEN_FUZZ_SEED ?? Date.now() % 2 ** 31);
/** mulberry32: a small seeded generator, so a failing run can be replayed (SNIPGEN_FUZZ_SEED). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(SEED);
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));

let server: Served;
let want429: WireJson;
let startRss = 0;

before(async () => {
  console.log(`# robustness seed ${SEED} (SNIPGEN_FUZZ_SEED replays it)`);
  server = await startServe(["--sip", "--quiet"]);
  want429 = (await snipgenJsonAsync(["429"])).response;
  // Warm up, then take the baseline.
  await pool(Array.from({ length: 500 }), 20, () => rawRequest(server.httpPort, "GET", "/429"));
  startRss = server.rssMB();
});
after(async () => {
  assert.ok(server.alive(), `serve exited: ${server.stderr()}`);
  assert.equal(await server.stop("SIGTERM"), 0);
});

/** Correct requests over HTTP and SIP still get exactly their answers. */
async function stillAnswers(what: string): Promise<void> {
  assert.ok(server.alive(), `${what}: serve exited: ${server.stderr()}`);
  const results = await pool(Array.from({ length: 20 }), 10, () => rawRequest(server.httpPort, "GET", "/429"));
  for (const r of results) assert.deepEqual(compareRaw(want429, r), [], what);
  const { responses } = await sendSip(
    server.sipPort,
    (local) =>
      [
        `OPTIONS sip:486@127.0.0.1:${server.sipPort} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK-${what.replace(/\W/g, "")}`,
        "From: <sip:a@example.com>;tag=1",
        "To: <sip:b@example.com>",
        `Call-ID: ${what.replace(/\W/g, "")}@test`,
        "CSeq: 1 OPTIONS",
        "Content-Length: 0",
        "",
        "",
      ].join("\r\n"),
    486,
    5000,
  );
  assert.equal(responses.at(-1)?.status, 486, what);
}

/** Opens a connection, writes `data` (then half-closes when `end`), and resolves with what came back once the server closed it. */
function exchange(port: number, data: Buffer, end = true, timeoutMs = 15_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close in ${timeoutMs} ms after ${JSON.stringify(data.toString("latin1").slice(0, 80))}`));
    }, timeoutMs);
    socket.on("connect", () => (end ? socket.end(data) : socket.write(data)));
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}

const VALID = "GET /status/429 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n";

describe("snipgen serve under bad input", () => {
  it("random bytes over HTTP and SIP/TCP: every connection is answered or closed, none hangs", async () => {
    await pool(Array.from({ length: 300 }), 30, async (_, i) => {
      const data = bytes(1 + Math.floor(rand() * 4096));
      const reply = await exchange(i % 2 ? server.httpPort : server.sipPort, data);
      if (i % 2 && reply.length) assert.match(reply.toString("latin1"), /^HTTP\/1\.1 (400|408|431|4\d\d) /);
    });
    await stillAnswers("random bytes");
  });

  it("truncated HTTP requests (every cut of a valid one) are closed, never answered as if whole", async () => {
    const valid = Buffer.from(VALID);
    await pool(
      Array.from({ length: valid.length - 1 }, (_, i) => i + 1),
      30,
      async (cut) => {
        const reply = (await exchange(server.httpPort, valid.subarray(0, cut))).toString("latin1");
        assert.doesNotMatch(reply, /^HTTP\/1\.1 429 /, `cut at ${cut}`);
      },
    );
    await stillAnswers("truncated requests");
  });

  it("a 1 MB header gets 431 with a JSON error over HTTP, 513 over SIP/TCP, and the next request its answer", async () => {
    const big = Buffer.from(`GET /200 HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(1024 * 1024)}\r\n\r\n`);
    const reply = (await exchange(server.httpPort, big, false)).toString("latin1");
    assert.match(reply, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n[\s\S]*\r\n\r\n\{"error":"headers_too_large","message":"[^"]+"\}$/);
    // Over SIP/TCP: 513 Message Too Large, with the headers read so far copied, then the connection closes.
    const sip = Buffer.from(
      `INVITE sip:200@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:9;branch=z9hG4bK1\r\nCall-ID: big@x\r\nX-Big: ${"a".repeat(1024 * 1024)}\r\n\r\n`,
    );
    const sipReply = (await exchange(server.sipPort, sip, false)).toString("latin1");
    assert.match(
      sipReply,
      /^SIP\/2\.0 513 Message Too Large\r\nVia: SIP\/2\.0\/TCP 127\.0\.0\.1:9;branch=z9hG4bK1\r\nCall-ID: big@x\r\nWarning: 399 snipgen "serve reads messages up to 65535 bytes"\r\nContent-Length: 0\r\n\r\n$/,
    );
    await stillAnswers("1 MB header");
  });

  it("slow clients (a byte every 50 ms on 100 connections) do not slow correct requests", async () => {
    const slow: Socket[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 100; i++) {
      const s = connect(server.httpPort, "127.0.0.1");
      s.on("error", () => {});
      let at = 0;
      timers.push(setInterval(() => s.writable && s.write(VALID[at++ % VALID.length]!), 50));
      slow.push(s);
    }
    try {
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      await stillAnswers("slow clients");
      assert.ok(Date.now() - started < 5000, `correct requests took ${Date.now() - started} ms beside slow clients`);
    } finally {
      timers.forEach(clearInterval);
      slow.forEach((s) => s.destroy());
    }
  });

  it("thousands of open connections (2,000 HTTP, 500 SIP/TCP) leave correct requests answered", async () => {
    const open: Socket[] = [];
    const opening = (port: number) =>
      new Promise<void>((resolve) => {
        const s = connect(port, "127.0.0.1", () => resolve());
        s.on("error", () => resolve());
        open.push(s);
      });
    try {
      await pool(Array.from({ length: 2500 }), 100, (_, i) => opening(i < 2000 ? server.httpPort : server.sipPort));
      await stillAnswers("2,500 open connections");
    } finally {
      open.forEach((s) => s.destroy());
    }
  });

  it("malformed SIP datagrams (random bytes, mangled requests) get no answer and break nothing", async () => {
    const valid = `INVITE sip:486@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@x>\r\nCall-ID: m@x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n`;
    const socket = createSocket("udp4");
    let answered = 0;
    socket.on("message", () => answered++);
    await new Promise<void>((r) => socket.bind(0, "127.0.0.1", r));
    for (let i = 0; i < 2000; i++) {
      let datagram: Buffer;
      if (i % 2) datagram = bytes(1 + Math.floor(rand() * 2000));
      else {
        // A valid request with one line dropped or cut short: still malformed, as no mandatory header is left whole.
        const lines = valid.split("\r\n");
        const at = 1 + Math.floor(rand() * 5);
        lines[at] = rand() < 0.5 ? "" : lines[at]!.slice(0, Math.floor(rand() * 3));
        datagram = Buffer.from(lines.join("\r\n"));
      }
      socket.send(datagram, server.sipPort, "127.0.0.1");
      if (i % 200 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 500));
    socket.close();
    assert.equal(answered, 0, "malformed datagrams were answered");
    await stillAnswers("malformed SIP datagrams");
  });

  it("under load after all that, memory stays bounded", async () => {
    await pool(Array.from({ length: 3000 }), 50, () => rawRequest(server.httpPort, "GET", "/status/200:3,503:1"));
    await stillAnswers("load");
    const rss = server.rssMB();
    console.log(`# serve RSS: ${startRss.toFixed(0)} MB after warm-up, ${rss.toFixed(0)} MB after the abuse and load`);
    assert.ok(rss < startRss + 100 && rss < 250, `RSS grew from ${startRss.toFixed(0)} MB to ${rss.toFixed(0)} MB`);
  });
});
