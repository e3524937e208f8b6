// Answers INVITE with 100 Trying.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, leaves To without a tag on 100 Trying and sends the response over SIP.
export function onInvite(req, res) {
  res.send(100, "Trying");
}

// Register it on your Srf: srf.invite(onInvite);
