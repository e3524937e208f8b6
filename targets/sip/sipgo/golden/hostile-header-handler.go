package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 200 OK. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@192.0.2.20:5060>"))
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"))
	res.AppendHeader(sip.NewHeader("X-Hostile", "\"quoted\" \\back\\ $var $(cmd) ${x} #{y} %s <sip:x@example.com>;lr;q=0.5, * café 😀 漢字"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
