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

// Answers REGISTER with 401 Unauthorized: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
// from the request, and To gets this side's tag. ACKs are never answered.
static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
{
    if (sipRequest.Method == SIPMethodsEnum.ACK)
    {
        return;
    }
    if (sipRequest.Method != SIPMethodsEnum.REGISTER)
    {
        var refused = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");
        refused.Header.To.ToTag = CallProperties.CreateNewTag();
        refused.Header.Allow = "REGISTER";
        await sipTransport.SendResponseAsync(refused);
        return;
    }
    var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.Unauthorised, "Unauthorized");
    response.Header.To.ToTag = CallProperties.CreateNewTag();
    // GetResponse also lists SIPSorcery's own methods in Allow; this answer carries none.
    response.Header.Allow = null;
    response.Header.UnknownHeaders.Add("WWW-Authenticate: Digest realm=\"example.com\", nonce=\"5f3a9c2e8b1d4f6a\", algorithm=SHA-256, qop=\"auth\"");
    await sipTransport.SendResponseAsync(response);
}
