package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 603 Decline. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusGlobalDecline, "Decline", nil)
	res.AppendHeader(sip.NewHeader("Retry-After", "3600"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
