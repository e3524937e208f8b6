package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onRegister answers REGISTER with 401 Unauthorized. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
// Register it on a sipgo server: srv.OnRegister(onRegister).
func onRegister(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
	res.AppendHeader(sip.NewHeader("WWW-Authenticate", "Digest realm=\"example.com\", nonce=\"5f3a9c2e8b1d4f6a\", algorithm=SHA-256, qop=\"auth\""))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}
