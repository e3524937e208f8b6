import java.text.ParseException;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.*;
import javax.sip.header.*;
import javax.sip.message.*;

// Answers INVITE with 486 Busy Here.
// createResponse copies Via, From, To, Call-ID and CSeq from the request and To gets
// this side's tag. The server transaction absorbs retransmissions and the ACK of
// a non-2xx final response.
public class Uas implements SipListener {

    private final MessageFactory messageFactory;
    private final HeaderFactory headerFactory;

    public Uas(MessageFactory messageFactory, HeaderFactory headerFactory) {
        this.messageFactory = messageFactory;
        this.headerFactory = headerFactory;
    }

    public static void main(String[] args)
        throws SipException, InvalidArgumentException, TooManyListenersException {
        SipFactory sipFactory = SipFactory.getInstance();
        sipFactory.setPathName("gov.nist");
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "uas");
        // The reference implementation logs through log4j: errors only.
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "ERROR");
        // No dialogs kept, so every request reaches processRequest (with dialog
        // support on, the stack itself answers a BYE outside a dialog with 481).
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // A NOTIFY outside a subscription of this side's reaches it too.
        properties.setProperty(
            "gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY",
            "true"
        );
        SipStack sipStack = sipFactory.createSipStack(properties);
        // Listens for SIP over UDP on 127.0.0.1:$PORT (5060 by default).
        int port = Integer.parseInt(
            System.getenv().getOrDefault("PORT", "5060")
        );
        ListeningPoint listeningPoint = sipStack.createListeningPoint(
            "127.0.0.1",
            port,
            ListeningPoint.UDP
        );
        SipProvider sipProvider = sipStack.createSipProvider(listeningPoint);
        sipProvider.addSipListener(
            new Uas(
                sipFactory.createMessageFactory(),
                sipFactory.createHeaderFactory()
            )
        );
    }

    @Override
    public void processRequest(RequestEvent requestEvent) {
        Request request = requestEvent.getRequest();
        // An ACK is never answered (RFC 3261 §17).
        if (request.getMethod().equals(Request.ACK)) {
            return;
        }
        try {
            ServerTransaction transaction = requestEvent.getServerTransaction();
            if (transaction == null) {
                SipProvider sipProvider =
                    (SipProvider) requestEvent.getSource();
                transaction = sipProvider.getNewServerTransaction(request);
            }
            if (!request.getMethod().equals(Request.INVITE)) {
                Response refused = messageFactory.createResponse(
                    Response.METHOD_NOT_ALLOWED,
                    request
                );
                ((ToHeader) refused.getHeader(ToHeader.NAME)).setTag(newTag());
                refused.addHeader(
                    headerFactory.createAllowHeader(Request.INVITE)
                );
                transaction.sendResponse(refused);
                return;
            }
            Response response = messageFactory.createResponse(
                Response.BUSY_HERE,
                request
            );
            // The stack's own reason phrase for 486 is not the registry's.
            response.setReasonPhrase("Busy Here");
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(newTag());
            response.addHeader(headerFactory.createHeader("Retry-After", "60"));
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException e) {
            e.printStackTrace();
        }
    }

    /** A To tag of this side: at least 32 random bits (RFC 3261 §19.3). */
    private static String newTag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    // The rest of SipListener: a UAS that only answers has nothing to do there.
    @Override
    public void processResponse(ResponseEvent responseEvent) {}

    @Override
    public void processTimeout(TimeoutEvent timeoutEvent) {}

    @Override
    public void processIOException(IOExceptionEvent exceptionEvent) {}

    @Override
    public void processTransactionTerminated(
        TransactionTerminatedEvent transactionTerminatedEvent
    ) {}

    @Override
    public void processDialogTerminated(
        DialogTerminatedEvent dialogTerminatedEvent
    ) {}
}
