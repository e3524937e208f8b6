// Answers SUBSCRIBE with 405 Method Not Allowed.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onSubscribe(req, res) {
  res.send(405, "Method Not Allowed", {
    headers: {
      Allow: "INVITE, ACK, CANCEL, BYE, OPTIONS",
    },
  });
}

// Register it on your Srf: srf.subscribe(onSubscribe);
