package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The walker alone, against an in-memory Stripe list (the fake's paging rules without HTTP) and a receiver that
 * keeps the position as a repository would (as JSON, so every poll is also a restart): late-visible objects, Stripe's
 * clock, the backfill's cost and its resumption, deletions, same-second ties, failures and the cap.
 */
class ListWalkerTest {

    static final long T = 1_700_000_000L;
    static final String CHARGES = "/v1/charges";
    static final ListWalker.Settings DEFAULTS = new ListWalker.Settings(100, Duration.ofSeconds(60), 0);

    final FakeStripeLists lists = new FakeStripeLists();
    /** Stripe's clock, the Date of every page. */
    final TestClock stripe = TestClock.atSecond(T);
    /** The host's clock: the same as Stripe's unless a test sets it wrong. */
    final TestClock host = TestClock.atSecond(T);

    String storedPosition = PollState.startingAt(null).toJson();
    final List<String> delivered = new ArrayList<>();
    final Set<String> failing = new HashSet<>();

    ListWalkerTest() {
        lists.clock(stripe);
    }

    final ListWalker.Receiver receiver = new ListWalker.Receiver() {
        @Override
        public ListWalker.Delivery deliver(List<ListWalker.Item> items) {
            for (int i = 0; i < items.size(); i++) {
                ListWalker.Item item = items.get(i);
                if (failing.contains(item.object().getId())) {
                    return new ListWalker.Delivery(i, new IllegalStateException("route refuses " + item.object().getId()));
                }
                delivered.add(item.object().getId());
                save(item.after());
            }
            return new ListWalker.Delivery(items.size(), null);
        }

        @Override
        public void save(PollState position) {
            storedPosition = position.toJson();
        }

        @Override
        public boolean mayGoOn() {
            return true;
        }
    };

    PollState position() {
        return PollState.fromJson(storedPosition);
    }

    /** Who lists the next page ahead: nobody here; {@link ListWalkerPrefetchTest} runs every test with one. */
    Executor prefetcher() {
        return null;
    }

    ListWalker.Result poll(ListWalker.Settings settings) {
        int before = lists.served().size();
        ListWalker.Result result = new ListWalker(new FakeListSource(lists, StripeTrigger.CHARGES),
                StripeTrigger.CHARGES::createdOf, settings, host, receiver, position(), prefetcher()).walk();
        assertThat(result.listCalls()).isEqualTo(lists.served().size() - before);
        return result;
    }

    ListWalker.Result poll() {
        return poll(DEFAULTS);
    }

    void later(Duration by) {
        stripe.advance(by);
        host.advance(by);
    }

    List<String> callsSince(int from) {
        return lists.calls().subList(from, lists.calls().size());
    }

    // ---- late-visible objects and the settle time

    @Test
    void anObjectStripeListsLateIsDeliveredOnceAndInOrderWhenItShowsUpWithinTheSettleTime() {
        lists.add(CHARGES, "ch_a", T);
        lists.add(CHARGES, "ch_c", T + 10);
        later(Duration.ofSeconds(20));
        assertThat(poll().delivered()).isZero(); // both younger than 60 s on Stripe's clock

        later(Duration.ofSeconds(20));
        lists.addLate(CHARGES, "ch_b", T + 5); // at T + 40, behind ch_c which was listed before
        later(Duration.ofSeconds(40));
        poll();

        assertThat(delivered).containsExactly("ch_a", "ch_b", "ch_c");
        later(Duration.ofMinutes(2));
        ListWalker.Result idle = poll();
        assertThat(idle.delivered()).isZero();
        assertThat(idle.listCalls()).isEqualTo(1);
        assertThat(delivered).containsExactly("ch_a", "ch_b", "ch_c");
    }

    @Test
    void withoutASettleTimeAnObjectListedBehindDeliveredOnesIsMissedWhichIsWhatTheSettleTimeIsFor() {
        ListWalker.Settings noSettling = new ListWalker.Settings(100, Duration.ZERO, 0);
        lists.add(CHARGES, "ch_a", T);
        lists.add(CHARGES, "ch_c", T + 10);
        later(Duration.ofSeconds(20));
        poll(noSettling);
        lists.addLate(CHARGES, "ch_b", T + 5);
        later(Duration.ofSeconds(20));
        poll(noSettling);

        assertThat(delivered).containsExactly("ch_a", "ch_c");
    }

    @Test
    void theSettleTimeCountsOnStripesClockNotOnAHostRunningAnHourFast() {
        host.advance(Duration.ofHours(1));
        storedPosition = PollState.startingAt(T).toJson();
        lists.add(CHARGES, "ch_1", T + 100);
        later(Duration.ofSeconds(120)); // 20 s old on Stripe's clock, an hour old on the host's
        assertThat(poll().delivered()).isZero();

        later(Duration.ofSeconds(50));
        poll();
        assertThat(delivered).containsExactly("ch_1");
    }

    // ---- idle polls

    @Test
    void anIdlePollIsOneListCallWithACursorWithUnsettledObjectsAndBeforeTheFirstObject() {
        lists.add(CHARGES, "ch_1", T);
        later(Duration.ofMinutes(2));
        poll();
        assertThat(poll().listCalls()).isEqualTo(1);

        for (int i = 0; i < 250; i++) {
            lists.add(CHARGES, "ch_busy" + i, stripe.instant().getEpochSecond() - 30); // not settled yet
        }
        int before = lists.calls().size();
        ListWalker.Result unsettled = poll();
        assertThat(unsettled.delivered()).isZero();
        assertThat(callsSince(before)).containsExactly("/v1/charges?limit=100&ending_before=ch_1");

        lists.reset();
        lists.clock(stripe);
        storedPosition = PollState.startingNow(host.millis()).toJson();
        later(Duration.ofMinutes(2));
        assertThat(poll().listCalls()).isEqualTo(1);
        assertThat(lists.calls()).containsExactly("/v1/charges?limit=100");
    }

    // ---- Stripe's clock for startFrom=now

    @Test
    void startFromNowIsStripesSecondWhenTheHostRunsAnHourFast() {
        host.advance(Duration.ofHours(1));
        storedPosition = PollState.startingNow(host.millis()).toJson(); // the trigger starts at Stripe's T
        lists.add(CHARGES, "ch_before", T - 1);
        lists.add(CHARGES, "ch_1", T + 5);
        lists.add(CHARGES, "ch_2", T + 10);
        later(Duration.ofMinutes(2));

        poll();

        assertThat(delivered).containsExactly("ch_1", "ch_2");
    }

    @Test
    void startFromNowIsStripesSecondWhenTheHostRunsAnHourSlow() {
        host.set(stripe.instant().minus(Duration.ofHours(1)));
        storedPosition = PollState.startingNow(host.millis()).toJson();
        lists.add(CHARGES, "ch_old", T - 10);
        lists.add(CHARGES, "ch_1", T + 5);
        later(Duration.ofMinutes(2));

        poll();

        assertThat(delivered).containsExactly("ch_1");
        assertThat(position().cursorId()).isEqualTo("ch_1");
    }

    @Test
    void startFromNowIsFixedByTheFirstAnswerEvenWhenItFindsNothing() {
        storedPosition = PollState.startingNow(host.millis()).toJson();
        later(Duration.ofSeconds(30));

        poll();

        assertThat(position()).isEqualTo(PollState.startingAt(T));
        lists.add(CHARGES, "ch_1", T + 1);
        later(Duration.ofMinutes(2));
        poll();
        assertThat(delivered).containsExactly("ch_1");
        assertThat(lists.calls()).containsExactly("/v1/charges?limit=100",
                "/v1/charges?limit=100&created[gte]=" + T);
    }

    // ---- backfill

    static Stream<Arguments> lists() {
        Random random = new Random(11);
        List<Long> uniform = seconds(T - 5_000, 5_000, 1);
        List<Long> burstThenGap = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            burstThenGap.add(1_420_070_400L + i / 100); // ten seconds of 2015
        }
        burstThenGap.addAll(seconds(T, 1_000, 3_600));
        List<Long> randomGaps = new ArrayList<>();
        long at = 1_500_000_000L;
        for (int i = 0; i < 3_000; i++) {
            at += random.nextInt(10_000);
            randomGaps.add(at);
        }
        List<Long> ties = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ties.add(T + i / 50);
        }
        List<Long> oneSecondOldest = new ArrayList<>();
        for (int i = 0; i < 750; i++) {
            oneSecondOldest.add(i < 250 ? T - 10_000 : T + i);
        }
        return Stream.of(Arguments.of("5,000 one second apart", uniform),
                Arguments.of("1,000 in ten seconds of 2015, then 1,000 an hour apart", burstThenGap),
                Arguments.of("3,000 at random gaps", randomGaps),
                Arguments.of("2,000, fifty per second", ties),
                Arguments.of("250 in the oldest second, then 500", oneSecondOldest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aBackfillReadsEachPageOnceAndAtMostFortyMoreWithOnePageInMemory(String description, List<Long> created) {
        List<String> ids = seed(created);
        stripe.set(java.time.Instant.ofEpochSecond(created.get(created.size() - 1) + 3_600));
        host.set(stripe.instant());

        ListWalker.Result result = poll();

        assertThat(delivered).containsExactlyElementsOf(ids);
        int pages = (ids.size() + 99) / 100;
        // more than a page in the oldest second costs a walk through that second: one call per page of it
        int crowdedSecond = description.startsWith("250") ? 3 : 0;
        assertThat(result.listCalls()).isLessThanOrEqualTo(pages + ListWalker.SEARCH_CALLS + crowdedSecond);
        List<FakeStripeLists.Served> served = lists.served();
        assertThat(served).allSatisfy(call -> assertThat(call.ids()).hasSizeLessThanOrEqualTo(100));
        long forward = served.stream().filter(call -> call.query().contains("ending_before")).count();
        assertThat(forward).isLessThanOrEqualTo(pages);
    }

    @Test
    void aBackfillFromAnInstantStartsAtItsSecond() {
        List<String> ids = seed(seconds(T, 1_000, 10));
        storedPosition = PollState.startingAt(T + 5_000).toJson();
        later(Duration.ofDays(1));

        poll();

        assertThat(delivered).containsExactlyElementsOf(ids.subList(500, 1_000));
    }

    @Test
    void aSearchThatFailsMidwayResumesFromItsSavedProgress() {
        List<String> ids = seed(seconds(T, 5_000, 1));
        later(Duration.ofDays(1));
        lists.fail(4, 1, "HTTP 500", n -> com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500));

        assertThatThrownBy(this::poll).hasMessageContaining("injected fault on request 4");
        PollState progress = position();
        assertThat(progress.hasCursor()).isFalse();
        assertThat(progress.searchBelow()).isNotNull();
        assertThat(delivered).isEmpty();

        poll();

        assertThat(delivered).containsExactlyElementsOf(ids);
        // the next poll starts inside the range the first one had narrowed, not from the whole list again
        assertThat(lists.calls().get(4)).isEqualTo("/v1/charges?limit=100&created[gte]=" + progress.startedAt()
                                                   + "&created[lt]=" + progress.searchBelow());
        assertThat(lists.calls()).hasSizeLessThanOrEqualTo(50 + ListWalker.SEARCH_CALLS + 1);
    }

    @Test
    void aSearchWhoseNarrowedRangeWasDeletedSinceGoesOnAboveIt() {
        List<String> ids = seed(seconds(T, 1_000, 1));
        later(Duration.ofDays(1));
        lists.fail(4, 1, "HTTP 500", n -> com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500));
        assertThatThrownBy(this::poll).hasMessageContaining("injected fault on request 4");
        PollState progress = position();
        List<String> gone = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (T + i < progress.searchBelow()) {
                lists.delete(CHARGES, ids.get(i));
                gone.add(ids.get(i));
            }
        }
        assertThat(gone).isNotEmpty();

        poll();

        assertThat(delivered).containsExactlyElementsOf(ids.subList(gone.size(), ids.size()));
    }

    @Test
    void aPollThatFailsWhilePagingForwardResumesAtTheLastDeliveredObject() {
        List<String> ids = seed(seconds(T, 450, 1));
        later(Duration.ofDays(1));
        List<String> firstRun = new ArrayList<>();
        // fail the third forward page
        int[] forwardCalls = { 0 };
        ListSource flaky = params -> {
            if (params.containsKey("ending_before") && ++forwardCalls[0] == 3) {
                throw new IllegalStateException("Stripe is down");
            }
            return new FakeListSource(lists, StripeTrigger.CHARGES).list(params);
        };
        assertThatThrownBy(() -> new ListWalker(flaky, StripeTrigger.CHARGES::createdOf, DEFAULTS, host, receiver,
                position(), prefetcher()).walk()).hasMessage("Stripe is down");
        firstRun.addAll(delivered);
        String cursor = position().cursorId();
        assertThat(cursor).isEqualTo(firstRun.get(firstRun.size() - 1));

        int before = lists.calls().size();
        poll();

        assertThat(delivered).containsExactlyElementsOf(ids);
        assertThat(lists.calls().get(before)).isEqualTo("/v1/charges?limit=100&ending_before=" + cursor);
    }

    // ---- deletions and same-second ties

    @Test
    void sameSecondTiesAcrossPagesAndAStolenCursorRepeatAndSkipNothing() {
        for (int i = 1; i <= 7; i++) {
            lists.add(CHARGES, "ch_" + i, T);
        }
        later(Duration.ofMinutes(2));
        ListWalker.Settings pagesOfThree = new ListWalker.Settings(3, Duration.ofSeconds(60), 0);
        // the cursor of the second forward page is deleted before it is asked for; ch_8 arrives in the same second
        lists.beforeRequest(7, () -> {
            lists.delete(CHARGES, delivered.get(delivered.size() - 1));
            lists.add(CHARGES, "ch_8", T);
        });

        poll(pagesOfThree);
        poll(pagesOfThree);

        assertThat(delivered).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6", "ch_7", "ch_8");
        assertThat(position().seenAtCursorSecond()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6",
                "ch_7", "ch_8");
    }

    @Test
    void aDeletedUndeliveredObjectIsNotNeededAndADeletedCursorIsFoundAgainByItsSecond() {
        for (int i = 1; i <= 6; i++) {
            lists.add(CHARGES, "ch_" + i, T + i);
        }
        later(Duration.ofMinutes(2));
        poll(new ListWalker.Settings(2, Duration.ofSeconds(60), 0));
        lists.delete(CHARGES, "ch_6"); // the cursor
        lists.delete(CHARGES, "ch_5");
        lists.add(CHARGES, "ch_7", T + 7);
        later(Duration.ofMinutes(2));

        poll(new ListWalker.Settings(2, Duration.ofSeconds(60), 0));

        assertThat(delivered).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6", "ch_7");
        assertThat(lists.calls()).contains("/v1/charges?limit=2&created[gte]=" + (T + 6));
    }

    // ---- failures, restarts and the cap

    @Test
    void failedDeliveriesOfOneObjectAreCountedAcrossPollsAndCleared() {
        for (int i = 1; i <= 3; i++) {
            lists.add(CHARGES, "ch_" + i, T + i);
        }
        later(Duration.ofMinutes(2));
        failing.add("ch_2");

        assertThat(poll().failure()).satisfies(failure -> {
            assertThat(failure.objectId()).isEqualTo("ch_2");
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.cause()).hasMessage("route refuses ch_2");
        });
        assertThat(poll().failure().attempts()).isEqualTo(2);
        assertThat(position().cursorId()).isEqualTo("ch_1");
        assertThat(position().failedId()).isEqualTo("ch_2");

        failing.clear();
        assertThat(poll().failure()).isNull();
        assertThat(delivered).containsExactly("ch_1", "ch_2", "ch_3");
        assertThat(position().failedId()).isNull();
        assertThat(position().failedAttempts()).isNull();
    }

    @Test
    void theCapStopsAPollAndTheNextOneGoesOn() {
        List<String> ids = seed(seconds(T, 25, 1));
        later(Duration.ofMinutes(2));
        ListWalker.Settings capped = new ListWalker.Settings(10, Duration.ofSeconds(60), 7);

        assertThat(poll(capped).delivered()).isEqualTo(7);
        assertThat(poll(capped).delivered()).isEqualTo(7);
        poll(capped);
        poll(capped);

        assertThat(delivered).containsExactlyElementsOf(ids);
    }

    /** {@code count} creation seconds from {@code first}, {@code step} apart. */
    static List<Long> seconds(long first, int count, long step) {
        List<Long> seconds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seconds.add(first + i * step);
        }
        return seconds;
    }

    /** Adds charges with these creation seconds (in that order, oldest first); returns their ids. */
    List<String> seed(List<Long> created) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            String id = String.format("ch_%05d", i);
            lists.add(CHARGES, id, created.get(i));
            ids.add(id);
        }
        return ids;
    }
}
