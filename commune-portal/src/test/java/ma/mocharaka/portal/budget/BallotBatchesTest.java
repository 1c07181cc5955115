package ma.mocharaka.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * How ballots that arrive together are grouped: the first is written alone, those that queue meanwhile go together,
 * one per account, and each gets its own answer. The statement itself is tested on PostgreSQL in BudgetLifecycleTest.
 */
class BallotBatchesTest {

    private final BallotBatches batches = new BallotBatches();

    @Test
    void aLoneBallotIsWrittenAtOnceAndAlone() {
        List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        Optional<Integer> answer = batches.cast("bm/1", new BallotBatches.Ballot("amina", List.of(1L), 10),
                batch -> {
                    written.add(batch.stream().map(BallotBatches.Ballot::username).toList());
                    return Map.of("amina", 0);
                });
        assertThat(answer).contains(0);
        assertThat(written).containsExactly(List.of("amina"));
    }

    @Test
    void ballotsThatQueueWhileABatchIsWrittenGoTogetherOnePerAccountInTheirOrder() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        Function<List<BallotBatches.Ballot>, Map<String, Integer>> write = batch -> {
            List<String> accounts = batch.stream().map(BallotBatches.Ballot::username).toList();
            written.add(accounts);
            if (written.size() == 1) {
                firstBatchStarted.countDown();
                await(othersQueued);
            }
            // The unverified account's ballot is not written: its caller hears nothing and goes to the precise path.
            return accounts.stream().filter(account -> !account.equals("not-verified"))
                    .collect(Collectors.toMap(account -> account, account -> written.size() - 1));
        };
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        Future<Optional<Integer>> first = threads.submit(() -> batches.cast("bm/1", ballot("first"), write));
        await(firstBatchStarted);
        List<String> queued = List.of("a", "b", "twice", "c", "twice", "not-verified", "d");
        List<Future<Optional<Integer>>> answers = new ArrayList<>();
        for (String account : queued) {
            answers.add(threads.submit(() -> batches.cast("bm/1", ballot(account), write)));
            int queuedSoFar = answers.size();
            // The next one is sent only once this one waits, so the queue's order is the order of this list.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (batches.waiting("bm/1") < queuedSoFar) {
                assertThat(System.nanoTime()).as("ballot %d queued", queuedSoFar).isLessThan(deadline);
                Thread.sleep(1);
            }
        }
        // A ballot of another cycle has its own queue and is not held up by this one's batch.
        assertThat(batches.cast("bm/2", ballot("elsewhere"), batch -> Map.of("elsewhere", 0))).contains(0);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains(0);
        for (int i = 0; i < queued.size(); i++) {
            Optional<Integer> answer = answers.get(i).get(10, TimeUnit.SECONDS);
            assertThat(answer.isPresent()).as(queued.get(i)).isEqualTo(!queued.get(i).equals("not-verified"));
        }
        assertThat(written).containsExactly(
                List.of("first"),
                List.of("a", "b", "twice", "c", "not-verified", "d"),
                List.of("twice"));
        assertThat(answers.get(2).get()).contains(1);
        assertThat(answers.get(4).get()).contains(2);
        threads.close();
    }

    @Test
    void aBatchThatFailsAnswersNothingToEachOfItsBallotsAndTheNextOnesStillGetWritten() throws Exception {
        assertThat(batches.cast("bm/1", ballot("amina"), batch -> {
            throw new IllegalStateException("connection lost");
        })).isEmpty();
        assertThat(batches.cast("bm/1", ballot("amina"), batch -> Map.of("amina", 1))).contains(1);
    }

    private static BallotBatches.Ballot ballot(String account) {
        return new BallotBatches.Ballot(account, List.of(1L, 2L), 30);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
