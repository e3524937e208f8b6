package main

import (
	"context"
	"log"
	"os"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

// onInvite answers INVITE with 200 OK. sip.NewResponseFromRequest copies Via, From,
// To, Call-ID and CSeq from the request and adds this side's tag to To.
func onInvite(req *sip.Request, tx sip.ServerTransaction) {
	body := []byte("v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
	res := sip.NewResponseFromRequest(req, sip.StatusOK, "OK", body)
	res.AppendHeader(sip.NewHeader("Content-Type", "application/sdp"))
	res.AppendHeader(sip.NewHeader("Contact", "<sip:bob@192.0.2.20:5060>"))
	res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"))
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
	srv.OnInvite(onInvite)
	// An ACK is never answered (RFC 3261 §17.1.1.3): sipgo hands a 2xx's ACK to this handler.
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {})
	// Other methods: 405 with Allow (sipgo's own 405 carries no Allow).
	srv.OnNoRoute(func(req *sip.Request, tx sip.ServerTransaction) {
		res := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
		res.AppendHeader(sip.NewHeader("Allow", "INVITE"))
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
