package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onRefer answers REFER with 202 Accepted. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnRefer(onRefer).
func onRefer(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusAccepted, "Accepted", nil)
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>"))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
