package ma.mocharaka.platform.quota;

import java.time.Duration;

/**
 * A write refused by its quota before the controller ran. The page and the API flavours are answered differently
 * (a page that keeps what was typed, a JSON problem), so each has its own type for its own exception handler.
 */
public abstract sealed class WriteQuotaExceeded extends RuntimeException {

    private final String quota;
    private final Duration retryAfter;

    WriteQuotaExceeded(String quota, Duration retryAfter) {
        super("Write quota " + quota + " exceeded; next write in " + retryAfter, null, false, false);
        this.quota = quota;
        this.retryAfter = retryAfter;
    }

    public String quota() {
        return quota;
    }

    /** Whole seconds, rounded up and at least one, as HTTP's Retry-After wants them. */
    public long secondsToWait() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes, rounded up and at least one, as people are told. */
    public long minutesToWait() {
        return (secondsToWait() + 59) / 60;
    }

    /** From a page: answered with a page in the person's language that keeps what they typed. */
    public static final class OnPage extends WriteQuotaExceeded {
        OnPage(String quota, Duration retryAfter) {
            super(quota, retryAfter);
        }
    }

    /** From the JSON API: answered with a problem detail. */
    public static final class OnApi extends WriteQuotaExceeded {
        OnApi(String quota, Duration retryAfter) {
            super(quota, retryAfter);
        }
    }
}
