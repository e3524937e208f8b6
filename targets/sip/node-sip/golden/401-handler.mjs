import { randomBytes } from "node:crypto";
import sip from "sip";

// Answers REGISTER with 401 Unauthorized: Via, From, To, Call-ID and CSeq come from the request
// (sip.makeResponse), To gets this side's tag. ACKs are never answered.
export function onRequest(request) {
  if (request.method === "ACK") return;
  if (request.method !== "REGISTER") {
    const refused = sip.makeResponse(request, 405, "Method Not Allowed");
    refused.headers.to.params.tag = randomBytes(6).toString("hex");
    refused.headers.allow = "REGISTER";
    sip.send(refused);
    return;
  }
  const response = sip.makeResponse(request, 401, "Unauthorized");
  response.headers.to.params.tag = randomBytes(6).toString("hex");
  response.headers["WWW-Authenticate"] =
    'Digest realm="example.com", nonce="5f3a9c2e8b1d4f6a", algorithm=SHA-256, qop="auth"';
  sip.send(response);
}

// Start it with: sip.start({ port: 5060 }, onRequest);
