package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 302 Moved Temporarily. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusMovedTemporarily, "Moved Temporarily", nil)
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@192.0.2.30>"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
