package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onSubscribe answers SUBSCRIBE with 405 Method Not Allowed. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnSubscribe(onSubscribe).
func onSubscribe(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
