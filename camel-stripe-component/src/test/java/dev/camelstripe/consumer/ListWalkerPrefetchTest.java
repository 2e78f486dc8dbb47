package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every walker test again, with the next page listed ahead on the calling thread: the prefetch made at the earliest
 * moment it can be, before the page before it is delivered, must not change what is delivered, saved or counted.
 * Then what the prefetch itself promises: when it lists ahead, when it does not, and that no call outlives a poll.
 */
class ListWalkerPrefetchTest extends ListWalkerTest {

    @Override
    Executor prefetcher() {
        return Runnable::run;
    }

    @Test
    void theNextPageIsListedBeforeThePageBeforeItIsDelivered() {
        List<String> ids = seed250();
        List<String> callsAtEachDelivery = new ArrayList<>();
        ListWalker.Receiver recording = new Delegating() {
            @Override
            public ListWalker.Delivery deliver(List<ListWalker.Item> items) {
                List<String> calls = lists.calls();
                callsAtEachDelivery.add(calls.get(calls.size() - 1));
                return receiver.deliver(items);
            }
        };

        ListWalker.Result result = walk(recording, DEFAULTS, prefetcher());

        assertThat(delivered).containsExactlyElementsOf(ids);
        // while the first page (ch_00001..ch_00100) is delivered, the page after it has already been asked for
        assertThat(callsAtEachDelivery).containsExactly(
                "/v1/charges?limit=100&ending_before=ch_00100",
                "/v1/charges?limit=100&ending_before=ch_00200",
                "/v1/charges?limit=100&ending_before=ch_00200");
        assertThat(result.listCalls()).isEqualTo(lists.calls().size());
    }

    @Test
    void aPageListedAheadOfAFailedDeliveryIsDroppedCountedAndListedAgainByTheNextPoll() {
        List<String> ids = seed250();
        failing.add("ch_00150");

        ListWalker.Result failed = poll();

        assertThat(failed.failure().objectId()).isEqualTo("ch_00150");
        assertThat(lists.calls()).containsExactly("/v1/charges?limit=100&ending_before=ch_00000",
                "/v1/charges?limit=100&ending_before=ch_00100",
                "/v1/charges?limit=100&ending_before=ch_00200"); // listed ahead, then dropped
        assertThat(position().cursorId()).isEqualTo("ch_00149");

        failing.clear();
        int before = lists.calls().size();
        poll();

        assertThat(delivered).containsExactlyElementsOf(ids);
        assertThat(callsSince(before)).containsExactly("/v1/charges?limit=100&ending_before=ch_00149");
    }

    @Test
    void nothingIsListedAheadOfAPageWithUnsettledObjects() {
        List<String> ids = seed250();
        stripe.set(java.time.Instant.ofEpochSecond(T + 150 + 60)); // ch_00000..ch_00149 settled
        host.set(stripe.instant());

        poll();

        assertThat(delivered).containsExactlyElementsOf(ids.subList(0, 150));
        // the second page's newest object is not settled: its delivery ends the poll, so no page after it is asked
        assertThat(lists.calls()).containsExactly("/v1/charges?limit=100&ending_before=ch_00000",
                "/v1/charges?limit=100&ending_before=ch_00100");
    }

    @Test
    void nothingIsListedAheadBeyondTheCapSoEveryCallIsTheOneTheWalkMakesNext() {
        List<String> ids = seed(seconds(T, 25, 1));
        later(Duration.ofMinutes(2));
        ListWalker.Settings capped = new ListWalker.Settings(10, Duration.ofSeconds(60), 15);
        storedPosition = PollState.startingAt(null).advancedTo("ch_00000", T).toJson();

        assertThat(poll(capped).delivered()).isEqualTo(15);

        assertThat(lists.calls()).containsExactly("/v1/charges?limit=10&ending_before=ch_00000",
                "/v1/charges?limit=5&ending_before=ch_00010");
        assertThat(delivered).containsExactlyElementsOf(ids.subList(1, 16));
    }

    @Test
    void aPrefetcherThatHasNotStartedTheCallLeavesItToTheWalkWhichMakesItOnce() {
        List<String> ids = seed250();
        Queue<Runnable> neverRun = new ConcurrentLinkedQueue<>();

        ListWalker.Result result = walk(receiver, DEFAULTS, neverRun::add);
        int calls = lists.calls().size();
        neverRun.forEach(Runnable::run); // too late: the walk made each call itself

        assertThat(delivered).containsExactlyElementsOf(ids);
        assertThat(neverRun).hasSize(2);
        assertThat(lists.calls()).hasSize(calls);
        assertThat(result.listCalls()).isEqualTo(calls);
    }

    @Test
    void aPollThatStopsWhileAPageIsListedAheadReturnsOnlyOnceThatCallHasEnded() throws Exception {
        seed250();
        failing.add("ch_00050");
        CountDownLatch aheadCalled = new CountDownLatch(1);
        CountDownLatch stripeAnswers = new CountDownLatch(1);
        AtomicBoolean deliveryFailed = new AtomicBoolean();
        FakeListSource fake = new FakeListSource(lists, StripeTrigger.CHARGES);
        ListSource slowAhead = params -> {
            if (Thread.currentThread().getName().equals("ahead")) {
                aheadCalled.countDown();
                await().atMost(10, TimeUnit.SECONDS).until(() -> stripeAnswers.await(10, TimeUnit.SECONDS));
            }
            return fake.list(params);
        };
        ListWalker.Receiver failingOnce = new Delegating() {
            @Override
            public ListWalker.Delivery deliver(List<ListWalker.Item> items) {
                // the call listing the next page is under way while this page fails (not still queued, so the walk
                // cannot simply cancel it)
                await().atMost(10, TimeUnit.SECONDS).until(() -> aheadCalled.await(10, TimeUnit.SECONDS));
                ListWalker.Delivery delivery = receiver.deliver(items);
                deliveryFailed.set(delivery.failure() != null);
                return delivery;
            }
        };
        AtomicReference<ListWalker.Result> result = new AtomicReference<>();
        Thread poll = new Thread(() -> result.set(new ListWalker(slowAhead, StripeTrigger.CHARGES::createdOf,
                DEFAULTS, host, failingOnce, position(), task -> new Thread(task, "ahead").start()).walk()));
        poll.start();

        await().atMost(10, TimeUnit.SECONDS).until(() -> deliveryFailed.get()
                                                         && poll.getState() == Thread.State.WAITING);
        assertThat(result.get()).isNull(); // the walk waits for the call it started
        int before = lists.calls().size();
        stripeAnswers.countDown();
        poll.join(10_000);

        assertThat(result.get().failure().objectId()).isEqualTo("ch_00050");
        assertThat(lists.calls()).hasSize(before + 1)
                .last().isEqualTo("/v1/charges?limit=100&ending_before=ch_00100");
        assertThat(result.get().listCalls()).isEqualTo(lists.calls().size());
    }

    /** 250 settled charges one second apart, the walk starting from the beginning. */
    private List<String> seed250() {
        List<String> ids = seed(seconds(T, 250, 1));
        later(java.time.Duration.ofDays(1));
        storedPosition = PollState.startingAt(null).advancedTo("ch_00000", T).toJson();
        delivered.add("ch_00000"); // as if delivered by an earlier poll: the walk goes forward from its cursor
        return ids;
    }

    private ListWalker.Result walk(ListWalker.Receiver to, ListWalker.Settings settings, Executor ahead) {
        return new ListWalker(new FakeListSource(lists, StripeTrigger.CHARGES), StripeTrigger.CHARGES::createdOf,
                settings, host, to, position(), ahead).walk();
    }

    /** The test's receiver, for wrapping one of its methods. */
    private abstract class Delegating implements ListWalker.Receiver {

        @Override
        public void save(PollState position) {
            receiver.save(position);
        }

        @Override
        public boolean mayGoOn() {
            return receiver.mayGoOn();
        }
    }
}
