import Srf from "drachtio-srf";

const srf = new Srf();

// Answers INVITE with 200 OK.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
// The server passes this app only the methods it has a handler for.
srf.invite((req, res) => {
  res.send(200, "OK", {
    headers: {
      "Content-Type": "application/sdp",
      Contact: "<sip:bob@192.0.2.20:5060>",
      Allow: "INVITE, ACK, CANCEL, BYE, OPTIONS",
    },
    body: "v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n",
  });
});

// Connects to a drachtio server on this machine (its default admin port and secret), which
// listens for SIP over UDP on 127.0.0.1:$PORT (5060 by default). Start it first with:
//   drachtio --contact "sip:127.0.0.1:${PORT:-5060};transport=udp"
srf.connect({ host: "127.0.0.1", port: 9022, secret: "cymru" });
srf.on("connect", (err, hostport) => {
  if (err) throw err;
  console.log(`connected to a drachtio server listening on ${hostport}`);
});
