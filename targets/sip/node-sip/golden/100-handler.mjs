import { randomBytes } from "node:crypto";
import sip from "sip";

// Answers INVITE with 100 Trying: Via, From, To, Call-ID and CSeq come from the request
// (sip.makeResponse), To gets this side's tag (not on 100 Trying). ACKs are never answered.
export function onRequest(request) {
  if (request.method === "ACK") return;
  if (request.method !== "INVITE") {
    const refused = sip.makeResponse(request, 405, "Method Not Allowed");
    refused.headers.to.params.tag = randomBytes(6).toString("hex");
    refused.headers.allow = "INVITE";
    sip.send(refused);
    return;
  }
  const response = sip.makeResponse(request, 100, "Trying");
  sip.send(response);
}

// Start it with: sip.start({ port: 5060 }, onRequest);
