import { randomBytes } from "node:crypto";
import sip from "sip";

// Answers INVITE with 603 Decline: Via, From, To, Call-ID and CSeq come from the request
// (sip.makeResponse), To gets this side's tag. ACKs are never answered.
export function onRequest(request) {
  if (request.method === "ACK") return;
  if (request.method !== "INVITE") {
    const refused = sip.makeResponse(request, 405, "Method Not Allowed");
    refused.headers.to.params.tag = randomBytes(6).toString("hex");
    refused.headers.allow = "INVITE";
    sip.send(refused);
    return;
  }
  const response = sip.makeResponse(request, 603, "Decline");
  response.headers.to.params.tag = randomBytes(6).toString("hex");
  response.headers["Retry-After"] = "3600";
  sip.send(response);
}

// Start it with: sip.start({ port: 5060 }, onRequest);
