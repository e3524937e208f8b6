from sippy.SipHeader import SipHeader


# Answers REFER with 202 Accepted.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "REFER":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="REFER"))
        return (resp, None, None)
    resp = req.genResponse(202, "Accepted")
    resp.appendHeader(
        SipHeader(
            name="contact",
            bodys="<sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>",
        )
    )
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
