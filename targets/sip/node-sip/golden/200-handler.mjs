import { randomBytes } from "node:crypto";
import sip from "sip";

// Answers INVITE with 200 OK: Via, From, To, Call-ID and CSeq come from the request
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
  const response = sip.makeResponse(request, 200, "OK");
  response.headers.to.params.tag = randomBytes(6).toString("hex");
  response.headers["Contact"] = "<sip:bob@192.0.2.20:5060>";
  response.headers["Allow"] = "INVITE, ACK, CANCEL, BYE, OPTIONS";
  sip.send(response);
}

// Start it with: sip.start({ port: 5060 }, onRequest);
