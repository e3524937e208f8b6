from sippy.MsgBody import MsgBody
from sippy.SipContentType import SipContentType
from sippy.SipHeader import SipHeader


# Answers INVITE with 200 OK.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "INVITE":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="INVITE"))
        return (resp, None, None)
    body = "v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
    resp = req.genResponse(200, "OK", MsgBody(body, SipContentType("application/sdp")))
    resp.appendHeader(SipHeader(name="contact", bodys="<sip:bob@192.0.2.20:5060>"))
    resp.appendHeader(
        SipHeader(name="allow", bodys="INVITE, ACK, CANCEL, BYE, OPTIONS")
    )
    return (resp, None, None)


# Hand it to the transaction manager: SipTransactionManager(global_config, recvRequest)
