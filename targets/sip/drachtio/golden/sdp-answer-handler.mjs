// Answers INVITE with 200 OK.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onInvite(req, res) {
  res.send(200, "OK", {
    headers: {
      "Content-Type": "application/sdp",
      Contact: "<sip:bob@192.0.2.20:5060>",
      Allow: "INVITE, ACK, CANCEL, BYE, OPTIONS",
    },
    body: "v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n",
  });
}

// Register it on your Srf: srf.invite(onInvite);
