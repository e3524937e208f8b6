using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using SIPSorcery.SIP;

// Listens for SIP over UDP on 127.0.0.1:$PORT (5060 by default).
var port = int.TryParse(Environment.GetEnvironmentVariable("PORT"), out var p) ? p : 5060;
var sipTransport = new SIPTransport();
sipTransport.AddSIPChannel(new SIPUDPChannel(new IPEndPoint(IPAddress.Loopback, port)));
sipTransport.SIPTransportRequestReceived += (localSIPEndPoint, remoteEndPoint, sipRequest) => OnRequest(sipTransport, sipRequest);
Console.WriteLine($"listening for SIP on udp 127.0.0.1:{port}");
await Task.Delay(Timeout.Infinite);

// Answers REFER with 202 Accepted: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
// from the request, and To gets this side's tag. ACKs are never answered.
static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
{
    if (sipRequest.Method == SIPMethodsEnum.ACK)
    {
        return;
    }
    if (sipRequest.Method != SIPMethodsEnum.REFER)
    {
        var refused = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");
        refused.Header.To.ToTag = CallProperties.CreateNewTag();
        refused.Header.Allow = "REFER";
        await sipTransport.SendResponseAsync(refused);
        return;
    }
    var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.Accepted, "Accepted");
    response.Header.To.ToTag = CallProperties.CreateNewTag();
    // GetResponse also lists SIPSorcery's own methods in Allow; this answer carries none.
    response.Header.Allow = null;
    response.Header.UnknownHeaders.Add("Contact: <sip:bob@example.com;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>");
    await sipTransport.SendResponseAsync(response);
}
