package main

import (
	"context"
	"log"
	"os"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// onRefer answers REFER with 202 Accepted. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
func onRefer(req *sip.Request, tx sip.ServerTransaction) {
	res := sip.NewResponseFromRequest(req, sip.StatusAccepted, "Accepted", nil)
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>"))
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
	srv.OnRefer(onRefer)
	// An ACK is never answered (RFC 3261 §17.1.1.3): sipgo hands a 2xx's ACK to this handler.
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {})
	// Other methods: 405 with Allow (sipgo's own 405 carries no Allow).
	srv.OnNoRoute(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
		res.AppendHeader(sip.NewHeader("Allow", "REFER"))
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
