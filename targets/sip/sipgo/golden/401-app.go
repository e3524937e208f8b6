package main

import (
	"context"
	"log"
	"os"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// onRegister answers REGISTER with 401 Unauthorized. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
func onRegister(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil)
	res.AppendHeader(sip.NewHeader("WWW-Authenticate", "Digest realm=\"example.com\", nonce=\"5f3a9c2e8b1d4f6a\", algorithm=SHA-256, qop=\"auth\""))
	if err := tx.Respond(res); err != nil {
		log.Print(err)
	}
}

func main() {
	ua, err := sipgo.NewUA()
	if err != nil {
		log.Fatal(err)
	}
	srv, err := sipgo.NewServer(ua)
	if err != nil {
		log.Fatal(err)
	}
	srv.OnRegister(onRegister)
	// An ACK is never answered (RFC 3261 §17.1.1.3): sipgo hands a 2xx's ACK to this handler.
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {})
	// Other methods: 405 with Allow (sipgo's own 405 carries no Allow).
	srv.OnNoRoute(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
		res.AppendHeader(sip.NewHeader("Allow", "REGISTER"))
		if err := tx.Respond(res); err != nil {
			log.Print(err)
		}
	})

	port := os.Getenv("PORT")
	if port == "" {
		port = "5060"
	}
	log.Printf("listening for SIP on udp 127.0.0.1:%s", port)
	log.Fatal(srv.ListenAndServe(context.Background(), "udp", "127.0.0.1:"+port))
}
