// Answers REGISTER with 401 Unauthorized.
// drachtio-srf fills res with the request's From, To, Call-ID and CSeq; the drachtio server
// adds the request's Via, tags To and sends the response over SIP.
export function onRegister(req, res) {
  res.send(401, "Unauthorized", {
    headers: {
      "WWW-Authenticate":
        'Digest realm="example.com", nonce="5f3a9c2e8b1d4f6a", algorithm=SHA-256, qop="auth"',
    },
  });
}

// Register it on your Srf: srf.register(onRegister);
