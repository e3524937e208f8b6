import { randomBytes } from "node:crypto";
import sip from "sip";

// Answers INVITE with 503 Service Unavailable: Via, From, To, Call-ID and CSeq come from the request
// (sip.makeResponse), To gets this side's tag. ACKs are never answered.
function onRequest(request) {
  if (request.method === "ACK") return;
  if (request.method !== "INVITE") {
    const refused = sip.makeResponse(request, 405, "Method Not Allowed");
    refused.headers.to.params.tag = randomBytes(6).toString("hex");
    refused.headers.allow = "INVITE";
    sip.send(refused);
    return;
  }
  const response = sip.makeResponse(request, 503, "Service Unavailable");
  response.headers.to.params.tag = randomBytes(6).toString("hex");
  response.headers["Retry-After"] = "120";
  sip.send(response);
}

// Listens for SIP over UDP on 127.0.0.1:$PORT (5060 by default).
sip.start(
  { address: "127.0.0.1", port: Number(process.env.PORT ?? 5060) },
  onRequest,
);
