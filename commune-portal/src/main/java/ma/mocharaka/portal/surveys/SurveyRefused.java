package ma.mocharaka.portal.surveys;

/** A step the rules do not allow; the message key (and arguments) explain why in the reader's language. */
public class SurveyRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public SurveyRefused(String messageKey, Object... arguments) {
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
