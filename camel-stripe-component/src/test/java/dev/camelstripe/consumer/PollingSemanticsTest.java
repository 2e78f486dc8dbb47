package dev.camelstripe.consumer;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PollingSemanticsTest extends ConsumerTestSupport {

    @Test
    void threePagesInOnePollOldestFirst() throws Exception {
        List<String> ids = addCharges("ch_", 9, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=3");

        poll();

        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        // the newest page, then a search on created for the oldest page (steps of 2 s, then 8 s, which overshoots,
        // then halving: ch_1 alone), keeping one page; then three pages forward with ending_before
        assertThat(fake.calls()).containsExactly(
                "/v1/charges?limit=3",
                "/v1/charges?limit=3&created[gte]=0&created[lt]=1700000005",
                "/v1/charges?limit=3&created[gte]=0&created[lt]=1699999995",
                "/v1/charges?limit=3&created[gte]=1699999995&created[lt]=1699999999",
                "/v1/charges?limit=3&created[gte]=1699999999&created[lt]=1700000001",
                "/v1/charges?limit=3&ending_before=ch_1",
                "/v1/charges?limit=3&ending_before=ch_4",
                "/v1/charges?limit=3&ending_before=ch_7");
        assertThat(consumer().getState()).isEqualTo(new PollState("ch_9", 1_700_000_008L, List.of("ch_9"), null));
    }

    @Test
    void batchPropertiesArePerDeliveredPage() throws Exception {
        addCharges("ch_", 5, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=3");

        poll();

        List<String> batch = new ArrayList<>();
        for (Exchange e : received) {
            batch.add(e.getProperty(Exchange.BATCH_INDEX) + "/" + e.getProperty(Exchange.BATCH_SIZE) + "/"
                      + e.getProperty(Exchange.BATCH_COMPLETE));
        }
        // the search finds ch_1 as the oldest page; then ch_2..ch_4 (the three just newer) and ch_5
        assertThat(batch).containsExactly("0/1/true", "0/3/false", "1/3/false", "2/3/true", "0/1/true");
    }

    @Test
    void sameSecondTiesSplitAcrossTwoPolls() throws Exception {
        fake.add(CHARGES, "ch_a", 1_700_000_000L);
        fake.add(CHARGES, "ch_b", 1_700_000_005L);
        route("newCharges", "startFrom=beginning");
        poll();
        // two more in the very same second as ch_b, after the first poll
        fake.add(CHARGES, "ch_c", 1_700_000_005L);
        fake.add(CHARGES, "ch_d", 1_700_000_005L);
        poll();
        poll();

        assertThat(receivedIds()).containsExactly("ch_a", "ch_b", "ch_c", "ch_d");
        assertThat(consumer().getState().seenAtCursorSecond()).containsExactly("ch_b", "ch_c", "ch_d");
    }

    @Test
    void anObjectCreatedDuringPagingIsDeliveredOnceInOrder() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        // while the consumer walks forward (4th call: ending_before=ch_1), a new charge arrives
        fake.beforeRequest(5, () -> fake.add(CHARGES, "ch_new", 1_700_000_005L));

        poll();
        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6", "ch_new");
    }

    @Test
    void anObjectDeletedBetweenPagesIsNotNeededAndNothingElseIsLost() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        // calls: 1 limit=2, 2-4 the search (ch_1 alone), 5 ending_before ch_1 -> ch_3,ch_2, 6 ending_before ch_3
        fake.beforeRequest(6, () -> fake.delete(CHARGES, "ch_5"));

        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_6");
    }

    @Test
    void anObjectDeletedWhileSearchingForTheOldestPageIsNotNeeded() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        // call 1 returns ch_6, ch_5; ch_5 is gone before call 2 searches what is older: searching uses no cursor
        fake.beforeRequest(2, () -> fake.delete(CHARGES, "ch_5"));

        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_6");
        assertThat(fake.calls().subList(0, 2)).containsExactly("/v1/charges?limit=2",
                "/v1/charges?limit=2&created[gte]=0&created[lt]=1700000004");
        assertThat(fake.calls()).noneMatch(call -> call.contains("starting_after"));
    }

    @Test
    void moreThanAPageInOneSecondIsWalkedAndAWalkThatKeepsLosingItsCursorFailsThePollAfterBoundedWalks()
            throws Exception {
        for (int i = 1; i <= 5; i++) {
            fake.add(CHARGES, "ch_" + i, 1_700_000_000L);
        }
        route("newCharges", "startFrom=beginning&pageSize=2");
        // 1 newest page, 2 [0, that second) is empty: the oldest page is in that one second, walked with
        // starting_after from call 4 on, every walk losing its cursor
        for (int call = 4; call <= 2 + 2 * ListWalker.MAX_WALK_ATTEMPTS; call += 2) {
            fake.beforeRequest(call, () -> fake.cursorMissingNext("starting_after"));
        }
        poll();
        assertThat(received).isEmpty();
        assertThat(consumer().getErrorCounter()).isEqualTo(1);
        assertThat(fake.calls().subList(0, 4)).containsExactly("/v1/charges?limit=2",
                "/v1/charges?limit=2&created[gte]=0&created[lt]=1700000000",
                "/v1/charges?limit=2&created[gte]=1700000000&created[lt]=1700000001",
                "/v1/charges?limit=2&created[gte]=1700000000&created[lt]=1700000001&starting_after=ch_4");

        poll(); // the search resumes from its saved progress: that second
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5");
        assertThat(fake.calls().get(2 + 2 * ListWalker.MAX_WALK_ATTEMPTS))
                .isEqualTo("/v1/charges?limit=2&created[gte]=1700000000&created[lt]=1700000001");
    }

    @Test
    void theCursorObjectDeletedBetweenPagesIsRecoveredByTime() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        // 1-4 find ch_1, 5 and 6 deliver ch_2..ch_5; the cursor ch_5 disappears before the next forward page
        fake.beforeRequest(7, () -> fake.delete(CHARGES, "ch_5"));

        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6");
        assertThat(fake.calls()).contains("/v1/charges?limit=2&ending_before=ch_5",
                "/v1/charges?limit=2&created[gte]=1700000004");
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 404 })
    void theCursorObjectDeletedBetweenPollsRepeatsNoSameSecondObject(int missingStatus) throws Exception {
        fake.cursorMissingStatus(missingStatus);
        fake.add(CHARGES, "ch_1", 1_700_000_000L);
        fake.add(CHARGES, "ch_2", 1_700_000_009L);
        fake.add(CHARGES, "ch_3", 1_700_000_009L);
        route("newCharges", "startFrom=beginning");
        poll();
        fake.delete(CHARGES, "ch_3");
        fake.add(CHARGES, "ch_4", 1_700_000_009L);
        fake.add(CHARGES, "ch_5", 1_700_000_010L);

        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5");
        assertThat(consumer().getState().cursorId()).isEqualTo("ch_5");
    }

    @Test
    void theCursorDeletedWithNothingNewerWaitsByTimeWithoutErrors() throws Exception {
        fake.add(CHARGES, "ch_1", 1_700_000_000L);
        route("newCharges", "startFrom=beginning");
        poll();
        fake.delete(CHARGES, "ch_1");
        poll();
        poll();
        fake.add(CHARGES, "ch_2", 1_700_000_000L);
        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");
        assertThat(consumer().getErrorCounter()).isZero();
    }

    @Test
    void aFailedExchangeIsRedeliveredAndNothingElseTwice() throws Exception {
        addCharges("ch_", 5, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        failing.add("ch_3");

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");
        assertThat(consumer().getState().cursorId()).isEqualTo("ch_2");

        poll(); // still failing: nothing new, nothing repeated
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");

        failing.clear();
        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5");
    }

    @Test
    void anExceptionTheRouteHandlesDoesNotStopTheBatch() throws Exception {
        addCharges("ch_", 3, 1_700_000_000L);
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).handled(true);
                from(uri("newCharges", "startFrom=beginning")).routeId("r").process(exchange -> {
                    String id = exchange.getMessage().getHeader("CamelStripeObjectId", String.class);
                    received.add(exchange.copy());
                    if (id.equals("ch_2")) {
                        throw new IllegalStateException("handled by the route");
                    }
                });
            }
        });

        poll();
        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
    }

    @Test
    void a500AndA429MidPagingAreRetriedByTheClient() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2");
        fake.beforeRequest(4, () -> fake.failNext(500, "api_error", null, 1));
        fake.beforeRequest(6, () -> fake.failNext(429, "invalid_request_error", "lock_timeout", 1));

        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6");
        assertThat(consumer().getErrorCounter()).isZero();
    }

    @Test
    void failuresBeyondRetriesFailThePollAndTheNextPollResumes() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2&maxRetries=1");
        // forward call after ch_1..ch_3 were delivered (ending_before=ch_3): 500 twice (first try and its one retry)
        fake.beforeRequest(6, () -> fake.failNext(500, "api_error", null, 2));
        fake.beforeRequest(20, () -> fake.failNext(429, "invalid_request_error", "rate_limit", 2));

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
        assertThat(consumer().getErrorCounter()).isEqualTo(1);

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6");
    }

    @Test
    void a429BeyondRetriesMidPagingLosesNothing() throws Exception {
        addCharges("ch_", 6, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=2&maxRetries=0");
        // 1-4 find ch_1, 5: ending_before=ch_1 (ch_2, ch_3 delivered), 6: ending_before=ch_3 answers 429
        fake.beforeRequest(6, () -> fake.failNext(429, "invalid_request_error", "rate_limit", 1));

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3", "ch_4", "ch_5", "ch_6");
    }

    @Test
    void emptyListsDeliverNothingAndFailNothing() throws Exception {
        route("newCharges", "startFrom=beginning");
        poll();
        poll();
        assertThat(received).isEmpty();
        assertThat(consumer().getErrorCounter()).isZero();
        assertThat(consumer().getState()).isNull();

        fake.add(CHARGES, "ch_1", 1_700_000_000L);
        poll();
        assertThat(receivedIds()).containsExactly("ch_1");
    }

    @Test
    void startFromNowDeliversWhatIsCreatedFromTheSecondTheTriggerStarted() throws Exception {
        fake.add(CHARGES, "ch_old1", STARTED_AT - 10);
        fake.add(CHARGES, "ch_old2", STARTED_AT - 1);
        route("newCharges", "");
        // stored at once, on the host's clock until Stripe's first answer tells its own
        assertThat(consumer().getState()).isEqualTo(PollState.startingNow(STARTED_AT * 1000));

        fake.add(CHARGES, "ch_new1", STARTED_AT);
        fake.add(CHARGES, "ch_new2", STARTED_AT + 1);
        poll();

        assertThat(receivedIds()).containsExactly("ch_new1", "ch_new2");
        // one call: the newest page, cut at the start second (Stripe's Date minus the 120 s since the start)
        assertThat(fake.calls()).containsExactly("/v1/charges?limit=100");
    }

    @Test
    void startFromNowLosesNothingCreatedWhileTheFirstPollsFail() throws Exception {
        fake.add(CHARGES, "ch_old", STARTED_AT - 1);
        route("newCharges", "");
        fake.failNext(503, "api_error", null, 3); // the first poll and its two retries
        fake.add(CHARGES, "ch_during_outage", STARTED_AT + 30);

        poll();
        assertThat(received).isEmpty();
        assertThat(consumer().getErrorCounter()).isEqualTo(1);

        poll();
        assertThat(receivedIds()).containsExactly("ch_during_outage");
    }

    @Test
    void startFromNowOnAnEmptyAccountDeliversWhatComesLater() throws Exception {
        route("newCharges", "startFrom=now");
        poll();
        assertThat(received).isEmpty();
        assertThat(consumer().getState()).isEqualTo(PollState.startingAt(STARTED_AT));

        fake.add(CHARGES, "ch_1", STARTED_AT);
        fake.add(CHARGES, "ch_2", STARTED_AT + 1);
        poll();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");
    }

    @Test
    void startFromAnInstantDeliversFromThatSecond() throws Exception {
        addCharges("ch_", 5, 1_700_000_000L);
        route("newCharges", "startFrom=2023-11-14T22:13:22Z&pageSize=2"); // = 1700000002

        poll();

        assertThat(receivedIds()).containsExactly("ch_3", "ch_4", "ch_5");
    }

    @Test
    void startFromEpochSeconds() throws Exception {
        addCharges("ch_", 5, 1_700_000_000L);
        route("newCharges", "startFrom=1700000003");

        poll();

        assertThat(receivedIds()).containsExactly("ch_4", "ch_5");
    }

    @Test
    void maxMessagesPerPollContinuesNextPoll() throws Exception {
        List<String> ids = addCharges("ch_", 7, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=100&maxMessagesPerPoll=3");

        poll();
        assertThat(receivedIds()).containsExactlyElementsOf(ids.subList(0, 3));
        poll();
        assertThat(receivedIds()).containsExactlyElementsOf(ids.subList(0, 6));
        poll();
        poll();
        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        assertThat(fake.calls()).contains("/v1/charges?limit=3&ending_before=ch_3");
    }
}
