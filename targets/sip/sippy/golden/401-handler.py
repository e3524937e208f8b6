from sippy.SipHeader import SipHeader


# Answers REGISTER with 401 Unauthorized.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "REGISTER":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="REGISTER"))
        return (resp, None, None)
    resp = req.genResponse(401, "Unauthorized")
    resp.appendHeader(
        SipHeader(
            name="www-authenticate",
            bodys='Digest realm="example.com", nonce="5f3a9c2e8b1d4f6a", algorithm=SHA-256, qop="auth"',
        )
    )
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
