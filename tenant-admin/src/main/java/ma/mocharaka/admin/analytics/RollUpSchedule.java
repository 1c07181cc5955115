package ma.mocharaka.admin.analytics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Figures no older than 60 s after a change: changed communes are rolled up every 15 s (a signal waits at most one
 * interval plus the run); every 10 minutes all communes are, in case a signal was lost or a date made a fact move
 * (a step became late, a petition overdue). One run at a time per instance; several instances share the work
 * through the Redis set and the per-commune advisory locks.
 * <p>
 * Its own single thread rather than {@code @EnableScheduling}: that would add an application-wide task scheduler
 * bean, which is also a TaskExecutor, and change which executor other features get injected.
 */
@Component
@ConditionalOnProperty(name = "mocharaka.analytics.schedule", havingValue = "true", matchIfMissing = true)
class RollUpSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RollUpSchedule.class);

    private final RollUp rollUp;
    private final Duration changedInterval;
    private final Duration sweepInterval;
    private final Duration sweepInitialDelay;
    private final ReentrantLock running = new ReentrantLock();
    private volatile ScheduledExecutorService timer;

    RollUpSchedule(RollUp rollUp,
                   @Value("${mocharaka.analytics.changed-interval:PT15S}") Duration changedInterval,
                   @Value("${mocharaka.analytics.sweep-interval:PT10M}") Duration sweepInterval,
                   @Value("${mocharaka.analytics.sweep-initial-delay:PT1M}") Duration sweepInitialDelay) {
        this.rollUp = rollUp;
        this.changedInterval = changedInterval;
        this.sweepInterval = sweepInterval;
        this.sweepInitialDelay = sweepInitialDelay;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("analytics-roll-up").daemon().factory());
        timer.scheduleWithFixedDelay(this::changed, changedInterval.toMillis(), changedInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::sweep, sweepInitialDelay.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = timer;
        if (current != null) {
            current.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    void changed() {
        if (running.tryLock()) {
            try {
                int done = rollUp.rollUpChanged();
                if (done > 0) {
                    log.info("Analytics: rolled up {} changed communes", done);
                }
            } catch (RuntimeException e) {
                log.error("Analytics roll-up of changed communes failed", e);
            } finally {
                running.unlock();
            }
        }
    }

    void sweep() {
        running.lock();
        try {
            long start = System.nanoTime();
            int done = rollUp.sweep();
            log.info("Analytics: full sweep of {} communes in {} ms", done, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Analytics full sweep failed", e);
        } finally {
            running.unlock();
        }
    }
}
