using System.Threading.Tasks;
using SIPSorcery.SIP;

public static class Uas
{
    // Answers SUBSCRIBE with 405 Method Not Allowed: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
    // from the request, and To gets this side's tag. ACKs are never answered.
    // Subscribe it: sipTransport.SIPTransportRequestReceived += (local, remote, request) => Uas.OnRequest(sipTransport, request);
    public static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
    {
        if (sipRequest.Method == SIPMethodsEnum.ACK)
        {
            return;
        }
        if (sipRequest.Method != SIPMethodsEnum.SUBSCRIBE)
        {
            var refused = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");
            refused.Header.To.ToTag = CallProperties.CreateNewTag();
            refused.Header.Allow = "SUBSCRIBE";
            await sipTransport.SendResponseAsync(refused);
            return;
        }
        var response = SIPResponse.GetResponse(sipRequest, SIPResponseStatusCodesEnum.MethodNotAllowed, "Method Not Allowed");
        response.Header.To.ToTag = CallProperties.CreateNewTag();
        response.Header.Allow = "INVITE, ACK, CANCEL, BYE, OPTIONS";
        await sipTransport.SendResponseAsync(response);
    }
}
