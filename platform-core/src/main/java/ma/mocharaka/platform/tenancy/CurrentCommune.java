package ma.mocharaka.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.MDC;

/**
 * The commune the current unit of work belongs to: one web request, one async task or one scheduled run.
 * Set once by the resolution filter (or by {@link #callAs}) and always cleared afterwards, so a pooled thread
 * never carries a commune into the next request.
 */
public final class CurrentCommune {

    public static final String MDC_KEY = "commune";

    private static final ThreadLocal<Commune> CURRENT = new ThreadLocal<>();

    private CurrentCommune() {
    }

    public static Optional<Commune> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Commune require() {
        Commune commune = CURRENT.get();
        if (commune == null) {
            throw new IllegalStateException("No commune is bound to this unit of work");
        }
        return commune;
    }

    public static void runAs(Commune commune, Runnable work) {
        callAs(commune, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(Commune commune, Callable<T> work) {
        Commune previous = CURRENT.get();
        bind(commune);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                clear();
            } else {
                bind(previous);
            }
        }
    }

    static void bind(Commune commune) {
        CURRENT.set(commune);
        MDC.put(MDC_KEY, commune.slug());
    }

    static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }
}
