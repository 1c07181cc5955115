package ma.mocharaka.portal.budget;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Online ballots that arrive together are written together, in one statement and one commit (group commit, as
 * PostgreSQL does for its own log). The first ballot to find no batch under way is written at once, alone, as
 * before: a quiet vote waits for nothing. Ballots that arrive while a batch is being written queue, and the next batch
 * takes them all; its writer is one of them, and hands over to the oldest waiting ballot when it is done. At the
 * closing hour of a vote, dozens of ballots then share the statement's round trip, its commit and its plan.
 * <p>
 * Each ballot still gets its own answer: the statement checks the rules for each row and returns the ballots it
 * wrote; a ballot it did not write, or every ballot of a batch that failed, gets an empty answer, which sends the
 * caller to the transactional path that works out the precise reason. A batch holds at most one ballot per account,
 * so two clicks of one citizen are written one after the other, in the order they came.
 */
final class BallotBatches {

    /** One ballot waiting to be written. */
    record Ballot(String username, List<Long> projects, long totalMad, CompletableFuture<Optional<Integer>> written,
                  CompletableFuture<Void> yourTurn) {

        Ballot(String username, List<Long> projects, long totalMad) {
            this(username, projects, totalMad, new CompletableFuture<>(), new CompletableFuture<>());
        }
    }

    /** At most this many citizens wait on one statement; the rest take the next one. */
    static final int MOST_PER_BATCH = 64;

    private final Map<Object, Queue> queues = new ConcurrentHashMap<>();

    /**
     * Writes the ballot, alone or with others of the same {@code key} (the commune and the cycle: one statement writes
     * the ballots of one cycle in one schema); {@code write} writes one batch and answers, per account it wrote, the
     * number of changes. It runs on the calling thread when this ballot is the oldest waiting.
     */
    Optional<Integer> cast(Object key, Ballot ballot, Function<List<Ballot>, Map<String, Integer>> write) {
        Queue queue = queues.computeIfAbsent(key, k -> new Queue());
        boolean lead;
        queue.lock.lock();
        try {
            queue.waiting.addLast(ballot);
            lead = !queue.writing;
            queue.writing = true;
        } finally {
            queue.lock.unlock();
        }
        if (!lead) {
            CompletableFuture.anyOf(ballot.written(), ballot.yourTurn()).join();
        }
        if (!ballot.written().isDone()) {
            queue.writeNextBatch(write);
        }
        return ballot.written().join();
    }

    /** How many ballots of this key wait for a batch: what a test waits for before it lets a batch finish. */
    int waiting(Object key) {
        Queue queue = queues.get(key);
        if (queue == null) {
            return 0;
        }
        queue.lock.lock();
        try {
            return queue.waiting.size();
        } finally {
            queue.lock.unlock();
        }
    }

    private static final class Queue {

        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Ballot> waiting = new ArrayDeque<>();
        private boolean writing;

        /** Called by the oldest waiting ballot's thread, whose ballot the batch always includes. */
        void writeNextBatch(Function<List<Ballot>, Map<String, Integer>> write) {
            List<Ballot> batch = take();
            Map<String, Integer> written = Map.of();
            try {
                written = write.apply(batch);
            } catch (RuntimeException failed) {
                // Every ballot of the batch goes to the transactional path, which reports its own error.
            } finally {
                for (Ballot ballot : batch) {
                    ballot.written().complete(Optional.ofNullable(written.get(ballot.username())));
                }
                handOver();
            }
        }

        private void handOver() {
            Ballot next;
            lock.lock();
            try {
                next = waiting.peekFirst();
                writing = next != null;
            } finally {
                lock.unlock();
            }
            if (next != null) {
                next.yourTurn().complete(null);
            }
        }

        private List<Ballot> take() {
            List<Ballot> batch = new ArrayList<>();
            Set<String> accounts = new HashSet<>();
            lock.lock();
            try {
                for (Iterator<Ballot> it = waiting.iterator(); it.hasNext() && batch.size() < MOST_PER_BATCH; ) {
                    Ballot ballot = it.next();
                    if (accounts.add(ballot.username())) {
                        batch.add(ballot);
                        it.remove();
                    }
                }
            } finally {
                lock.unlock();
            }
            return batch;
        }
    }
}
