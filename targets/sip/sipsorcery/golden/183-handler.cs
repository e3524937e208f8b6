using System.Threading.Tasks;
using SIPSorcery.SIP;

public static class Uas
{
    // Answers INVITE with 183 Session Progress: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
    // from the request, and To gets this side's tag. ACKs are never answered.
    // Subscribe it: sipTransport.SIPTransportRequestReceived += (local, remote, request) => Uas.OnRequest(sipTransport, request);
    public static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
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
        var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.SessionProgress, "Session Progress");
        response.Header.To.ToTag = CallProperties.CreateNewTag();
        // GetResponse also lists SIPSorcery's own methods in Allow; this answer carries none.
        response.Header.Allow = null;
        response.Header.UnknownHeaders.Add("Contact: <sip:bob@192.0.2.20:5060>");
        // 1xx is provisional: the final response (2xx-6xx) to this request follows it.
        await sipTransport.SendResponseAsync(response);
    }
}
