package dev.camelstripe.consumer;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelstripe.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code startFrom=now} (the default) delivers every object created in the second the trigger started and after it,
 * each exactly once: whatever the start's and the polls' places within their seconds (Stripe's {@code created} and
 * its {@code Date} header are whole seconds), whether the object came before or after the first poll, when a new
 * leader takes over a shared position, and when a node stops in the middle of a crowded second. One {@code TestClock}
 * is the host's clock and Stripe's, set to the millisecond.
 */
class StartSecondTest extends ConsumerTestSupport {

    private static final long T = STARTED_AT;

    @TempDir
    Path dir;

    /**
     * The start is taken on the host at {@code startMillis} into second T and fixed by the first answer, whose Date
     * (second T + 120) was written {@code pollMillis} into its second: Stripe's second of the start is rounded down,
     * never up, so at worst the second before it is delivered too, never one of its objects skipped.
     */
    @ParameterizedTest(name = "start at +{0} ms, first answer at +{1} ms into its second")
    @CsvSource({"0,0", "0,999", "300,200", "300,800", "999,0", "999,999"})
    void everyObjectOfTheStartSecondIsDeliveredOnceWhereverTheStartAndThePollFallInTheirSeconds(int startMillis,
                                                                                               int pollMillis)
            throws Exception {
        fake.add(CHARGES, "ch_older", T - 2);
        fake.add(CHARGES, "ch_early", T); // the start second, before the trigger started
        clock.set(at(T, startMillis));
        route("newCharges", "");
        fake.add(CHARGES, "ch_late", T); // the start second, after the trigger started
        fake.add(CHARGES, "ch_next", T + 1);
        clock.set(at(T + 120, pollMillis));

        consumer().run();
        poll();
        poll();

        assertThat(receivedIds()).containsSubsequence("ch_early", "ch_late", "ch_next")
                .doesNotHaveDuplicates().doesNotContain("ch_older");
    }

    /** Which second the start resolves to: the start's own, or (near a second's edge) the one before, never after. */
    @ParameterizedTest(name = "start at +{0} ms, first answer at +{1} ms into its second")
    @CsvSource({"0,0", "0,999", "300,200", "300,800", "999,0", "999,999"})
    void theStartSecondIsNeverLaterThanStripesSecondAtTheStartAndAtMostOneEarlier(int startMillis, int pollMillis)
            throws Exception {
        clock.set(at(T, startMillis));
        route("newCharges", "");
        clock.set(at(T + 120, pollMillis));

        consumer().run();

        assertThat(consumer().getState().startedAt()).isBetween(T - 1, T);
        assertThat(consumer().getState().isStartPending()).isFalse();
    }

    /**
     * The first poll comes in the start second itself: ch_x is listed by it, ch_y is created after it in the same
     * second and listed behind ch_x (Stripe documents no order among objects of one second, and its lists are
     * eventually consistent). A poll never delivers from a second still running on Stripe's clock, so no cursor can
     * pass over ch_y.
     */
    @ParameterizedTest(name = "settleTime={0}")
    @ValueSource(strings = {"0", "60000"})
    void anObjectCreatedInTheStartSecondAfterTheFirstPollIsDeliveredOnce(String settleTime) throws Exception {
        clock.set(at(T, 100));
        route("newCharges", "settleTime=" + settleTime);
        fake.add(CHARGES, "ch_x", T);
        clock.set(at(T, 500));
        consumer().run(); // the first poll, in second T

        clock.set(at(T, 700));
        fake.addLate(CHARGES, "ch_y", T);
        clock.set(at(T + 1, 200));
        consumer().run();
        poll();
        poll();

        assertThat(receivedIds()).containsExactlyInAnyOrder("ch_x", "ch_y").hasSize(2);
    }

    /**
     * A new leader reads the previous leader's position from the shared repository when its route starts: it goes on
     * from there (the objects the previous leader had not delivered, created long before the new leader's own "now"),
     * whether the previous leader had delivered some objects or had not even polled. Only without any stored
     * position does a node start from its own now.
     */
    @ParameterizedTest(name = "the first leader polled before it went: {0}")
    @ValueSource(booleans = {true, false})
    void aNewLeaderGoesOnFromTheStoredPositionNotFromItsOwnNow(boolean firstLeaderPolled) throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:start-second-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        fake.add(CHARGES, "ch_before", T - 1);
        clock.set(at(T, 400));
        route(node(context, new JdbcStateRepository(database)), "newCharges", "stateRepository=#positions");
        fake.add(CHARGES, "ch_1", T);
        if (firstLeaderPolled) {
            poll();
        }
        fake.add(CHARGES, "ch_2", T + 1);
        fake.add(CHARGES, "ch_3", T + 2);
        context.stop(); // the leader goes before it delivers ch_2 and ch_3

        clock.set(at(T + 3_600, 0)); // the next leader takes over an hour later
        CamelContext next = node(newContext(), new JdbcStateRepository(database));
        try {
            poll(route(next, "newCharges", "stateRepository=#positions"));
            poll((StripePollingConsumer) next.getRoute("r").getConsumer());
        } finally {
            next.stop();
        }
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");

        // the control: a node that finds no position at all starts from its own now
        CamelContext fresh = node(newContext(), new JdbcStateRepository(database));
        long freshStart = clock.instant().getEpochSecond();
        try {
            StripePollingConsumer consumer = route(fresh, "newCharges",
                    "stateRepository=#positions&stateKey=another-trigger");
            poll(consumer);
            assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
            assertThat(consumer.getState().startedAt()).isBetween(freshStart - 1, freshStart);
        } finally {
            fresh.stop();
        }
    }

    /**
     * Five objects in the start second, pages of two: the first poll walks that second with {@code starting_after} to
     * its oldest page. The node stops in the middle (its exchange of the n-th object fails and it is shut down) and
     * another starts from the stored position: while an object is delivered the stored position does not include it
     * yet, and after the restart every object is delivered once, the interrupted one again.
     */
    @ParameterizedTest(name = "stopped while delivering object {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aStopInTheMiddleOfACrowdedStartSecondSkipsNothingAndRepeatsOnlyTheInterruptedObject(int stoppedAt)
            throws Exception {
        File file = dir.resolve("positions-" + stoppedAt + ".dat").toFile();
        clock.set(at(T, 300));
        List<String> ids = new ArrayList<>();
        List<String> storedWhileDelivering = new CopyOnWriteArrayList<>();
        context.stop();

        CamelContext first = newContext();
        FileStateRepository positions = FileStateRepository.fileStateRepository(file);
        first.getRegistry().bind("positions", positions);
        first.start();
        deliveringRoute(first, positions, storedWhileDelivering, "ch_" + stoppedAt);
        for (int i = 1; i <= 5; i++) {
            fake.add(CHARGES, "ch_" + i, T);
            ids.add("ch_" + i);
        }
        poll((StripePollingConsumer) first.getRoute("r").getConsumer());
        first.stop();
        assertThat(receivedIds()).containsExactlyElementsOf(ids.subList(0, stoppedAt - 1));
        assertThat(fake.calls()).anyMatch(call -> call.contains("starting_after="));

        CamelContext second = newContext();
        FileStateRepository reopened = FileStateRepository.fileStateRepository(file);
        second.getRegistry().bind("positions", reopened);
        second.start();
        deliveringRoute(second, reopened, storedWhileDelivering, "none");
        poll((StripePollingConsumer) second.getRoute("r").getConsumer());
        poll((StripePollingConsumer) second.getRoute("r").getConsumer());
        second.stop();

        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        for (String delivering : storedWhileDelivering) {
            String[] idAndStored = delivering.split("=", 2);
            PollState stored = PollState.fromJson(idAndStored[1]);
            assertThat(stored.seenAtCursorSecond()).as("stored while delivering " + delivering)
                    .doesNotContain(idAndStored[0]);
        }
        assertThat(storedWhileDelivering).hasSize(6); // five, and the interrupted one twice
    }

    /** Route "r" from newCharges (pages of two) recording, per exchange, what the repository held as it began. */
    private void deliveringRoute(CamelContext camel, StateRepository<String, String> positions,
                                 List<String> storedWhileDelivering, String failing) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("newCharges", "stateRepository=#positions&pageSize=2")).routeId("r").process(exchange -> {
                    String id = exchange.getMessage().getHeader("CamelStripeObjectId", String.class);
                    storedWhileDelivering.add(id + "=" + positions.getState("stripe:newCharges"));
                    if (id.equals(failing)) {
                        throw new IllegalStateException("the node stops while delivering " + id);
                    }
                    received.add(exchange.copy());
                });
            }
        });
    }

    private static CamelContext node(CamelContext camel, JdbcStateRepository positions) {
        camel.getRegistry().bind("positions", positions);
        camel.start();
        return camel;
    }

    private static Instant at(long second, long millis) {
        return SettleTimeAndClockTest.at(second, millis);
    }
}
