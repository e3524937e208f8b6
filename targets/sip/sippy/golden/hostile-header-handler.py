from sippy.SipHeader import SipHeader


# Answers INVITE with 200 OK.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "INVITE":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="INVITE"))
        return (resp, None, None)
    resp = req.genResponse(200, "OK")
    resp.appendHeader(SipHeader(name="contact", bodys="<sip:bob@192.0.2.20:5060>"))
    resp.appendHeader(
        SipHeader(name="allow", bodys="INVITE, ACK, CANCEL, BYE, OPTIONS")
    )
    resp.appendHeader(
        SipHeader(
            name="x-hostile",
            bodys='"quoted" \\back\\ $var $(cmd) ${x} #{y} %s <sip:x@example.com>;lr;q=0.5, * café 😀 漢字',
        )
    )
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
