using System.Threading.Tasks;
using SIPSorcery.SIP;

public static class Uas
{
    // Answers REGISTER with 401 Unauthorized: SIPResponse.GetResponse copies Via, From, To, Call-ID and CSeq
    // from the request, and To gets this side's tag. ACKs are never answered.
    // Subscribe it: sipTransport.SIPTransportRequestReceived += (local, remote, request) => Uas.OnRequest(sipTransport, request);
    public static async Task OnRequest(SIPTransport sipTransport, SIPRequest sipRequest)
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
}
