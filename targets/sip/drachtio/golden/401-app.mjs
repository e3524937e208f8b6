import Srf from "drachtio-srf";

const srf = new Srf();

// Answers REGISTER with 401 Unauthorized.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
// The server passes this app only the methods it has a handler for.
srf.register((req, res) => {
  res.send(401, "Unauthorized", {
    headers: {
      "WWW-Authenticate":
        'Digest realm="example.com", nonce="5f3a9c2e8b1d4f6a", algorithm=SHA-256, qop="auth"',
    },
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
