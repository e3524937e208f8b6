from sippy.SipHeader import SipHeader


# Answers SUBSCRIBE with 405 Method Not Allowed.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "SUBSCRIBE":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="SUBSCRIBE"))
        return (resp, None, None)
    resp = req.genResponse(405, "Method Not Allowed")
    resp.appendHeader(
        SipHeader(name="allow", bodys="INVITE, ACK, CANCEL, BYE, OPTIONS")
    )
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
