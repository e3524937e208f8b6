import Srf from "drachtio-srf";

const srf = new Srf();

// Answers REFER with 202 Accepted.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
// The server passes this app only the methods it has a handler for.
srf.refer((req, res) => {
  res.send(202, "Accepted", {
    headers: {
      Contact:
        "<sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>",
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
