package ma.mocharaka.portal.budget;

/** A step the rules do not allow; the message key (and arguments) explain why in the reader's language. */
public class BudgetRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BudgetRefused(String messageKey, Object... arguments) {
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
