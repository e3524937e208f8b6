// Answers INVITE with 603 Decline.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onInvite(req, res) {
  res.send(603, "Decline", {
    headers: {
      "Retry-After": "3600",
    },
  });
}

// Register it on your Srf: srf.invite(onInvite);
