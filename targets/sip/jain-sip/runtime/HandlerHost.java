import java.util.Properties;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;

/**
 * Runs a handler-style snippet as a user's program would: its SipListener (class Uas, compiled beside
 * this file) registered on a JAIN-SIP stack listening on UDP 127.0.0.1:$PORT, set up as the app style
 * sets it up (dialog support off, unsolicited NOTIFYs delivered), so every request reaches the listener.
 */
public final class HandlerHost {
    private HandlerHost() {}

    public static void main(String[] args) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties stackProperties = new Properties();
        stackProperties.setProperty("javax.sip.STACK_NAME", "handler-host");
        stackProperties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        stackProperties.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        SipStack stack = factory.createSipStack(stackProperties);
        ListeningPoint udp = stack.createListeningPoint("127.0.0.1", Integer.parseInt(System.getenv("PORT")), ListeningPoint.UDP);
        SipProvider provider = stack.createSipProvider(udp);
        provider.addSipListener(new Uas(factory.createMessageFactory(), factory.createHeaderFactory()));
    }
}
