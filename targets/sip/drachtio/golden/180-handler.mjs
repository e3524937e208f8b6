// Answers INVITE with 180 Ringing.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onInvite(req, res) {
  res.send(180, "Ringing", {
    headers: {
      Contact: "<sip:bob@192.0.2.20:5060>",
    },
  });
}

// Register it on your Srf: srf.invite(onInvite);
