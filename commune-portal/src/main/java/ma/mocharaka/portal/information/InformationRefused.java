package ma.mocharaka.portal.information;

/** A step the rules do not allow; the message key (and arguments) explain why in the reader's language. */
public class InformationRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InformationRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
