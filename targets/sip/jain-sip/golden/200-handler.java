import java.text.ParseException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.*;
import javax.sip.header.*;
import javax.sip.message.*;

// Answers INVITE with 200 OK.
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
                Response.OK,
                request
            );
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(newTag());
            response.addHeader(
                headerFactory.createHeader(
                    "Contact",
                    "<sip:bob@192.0.2.20:5060>"
                )
            );
            // createHeader takes one value: createHeaders splits the list.
            for (Object header : headerFactory.createHeaders(
                "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS"
            )) {
                response.addHeader((Header) header);
            }
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

// Register it on your SipProvider (with javax.sip.AUTOMATIC_DIALOG_SUPPORT off and
// gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY true, every request reaches it; else the
// stack answers a BYE outside a dialog itself, and a NOTIFY outside a subscription gets no
// transaction):
// sipProvider.addSipListener(
//     new Uas(sipFactory.createMessageFactory(), sipFactory.createHeaderFactory()));
