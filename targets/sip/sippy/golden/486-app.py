import os

from sippy.Core.EventDispatcher import ED2
from sippy.SipHeader import SipHeader
from sippy.SipLogger import SipLogger
from sippy.SipTransactionManager import SipTransactionManager


# Answers INVITE with 486 Busy Here.
# genResponse copies Via, From, To, Call-ID and CSeq from the request; the transaction
# manager tags To (on every answer but 100 Trying), retransmits the answer, takes the ACKs.
def recvRequest(req, sip_t):
    if req.getMethod() != "INVITE":
        resp = req.genResponse(405, "Method Not Allowed")
        resp.appendHeader(SipHeader(name="allow", bodys="INVITE"))
        return (resp, None, None)
    resp = req.genResponse(486, "Busy Here")
    resp.appendHeader(SipHeader(name="retry-after", bodys="60"))
    return (resp, None, None)


if __name__ == "__main__":
    # Listens for SIP over UDP on 127.0.0.1:$PORT (5060 by default).
    global_config = {
        "_sip_address": "127.0.0.1",
        "_sip_port": int(os.environ.get("PORT", "5060")),
        "_sip_logger": SipLogger("uas"),
    }
    global_config["_sip_tm"] = SipTransactionManager(global_config, recvRequest)
    ED2.loop()
