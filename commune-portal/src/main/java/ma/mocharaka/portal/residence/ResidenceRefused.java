package ma.mocharaka.portal.residence;

/** A verification staff cannot record; the message key explains why in the reader's language. */
public class ResidenceRefused extends RuntimeException {

    private final String messageKey;

    public ResidenceRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
