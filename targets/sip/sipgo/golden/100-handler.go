package main

import (
	"log"

	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 100 Trying. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and leaves To untagged on 100 Trying.
// Register it on a sipgo server: srv.OnInvite(onInvite).
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusTrying, "Trying", nil)
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
	// 1xx is provisional: sipgo ends the transaction when this handler returns, so a final
	// response (2xx-6xx) for the same tx goes here.
}
