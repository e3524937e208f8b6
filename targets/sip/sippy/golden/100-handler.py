from sippy.SipHeader import SipHeader


# Answers INVITE with 100 Trying.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "INVITE":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="INVITE"))
        return (resp, None, None)
    resp = req.genResponse(100, "Trying")
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
