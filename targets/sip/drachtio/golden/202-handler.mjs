// Answers REFER with 202 Accepted.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onRefer(req, res) {
  res.send(202, "Accepted", {
    headers: {
      Contact:
        "<sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>",
    },
  });
}

// Register it on your Srf: srf.refer(onRefer);
