// Answers INVITE with 487 Request Terminated.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onInvite(req, res) {
  res.send(487, "Request Terminated");
}

// Register it on your Srf: srf.invite(onInvite);
