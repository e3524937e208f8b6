package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 487 Request Terminated. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusRequestTerminated, "Request Terminated", nil)
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
