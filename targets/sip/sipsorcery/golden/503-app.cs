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

// Answers INVITE with 503 Service Unavailable: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
// from the request, and To gets this side's tag. ACKs are never answered.
static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
{
    if (sipRequest.Method == SIPMethodsEnum.ACK)
    {
        return;
    }
    if (sipRequest.Method != SIPMethodsEnum.INVITE)
    {
        var refused = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");
        refused.Header.To.ToTag = CallProperties.CreateNewTag();
        refused.Header.Allow = "INVITE";
        await sipTransport.SendResponseAsync(refused);
        return;
    }
    var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.ServiceUnavailable, "Service Unavailable");
    response.Header.To.ToTag = CallProperties.CreateNewTag();
    // GetResponse also lists SIPSorcery's own methods in Allow; this answer carries none.
    response.Header.Allow = null;
    response.Header.RetryAfter = "120";
    await sipTransport.SendResponseAsync(response);
}
