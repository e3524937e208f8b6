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

// Answers INVITE with 200 OK: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
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
    var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.Ok, "OK");
    response.Header.To.ToTag = CallProperties.CreateNewTag();
    response.Header.UnknownHeaders.Add("Contact: <sip:bob@192.0.2.20:5060>");
    response.Header.Allow = "INVITE, ACK, CANCEL, BYE, OPTIONS";
    response.Header.UnknownHeaders.Add("X-Hostile: \"quoted\" \\back\\ $var $(cmd) ${x} #{y} %s <sip:x@example.com>;lr;q=0.5, * café 😀 漢字");
    await sipTransport.SendResponseAsync(response);
}
