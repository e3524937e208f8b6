package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 200 OK. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	body := []byte("v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", body)
	res.AppendHeader(sip.NewHeader("Content-Type", "application/sdp"))
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@192.0.2.20:5060>"))
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
