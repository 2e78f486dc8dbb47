package dev.camelstripe.consumer;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.camelstripe.state.JdbcStateRepository;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (CamelContexts) whose triggers share one position in a {@link JdbcStateRepository} (each node its own
 * repository instance on one H2 database), without a leader election, so that the moments a leader election only
 * makes rare can be made to happen on purpose: both nodes starting at once, and a node whose position is moved by
 * the other while it delivers (a node that lost the lead with an exchange in flight). Polls are driven by the test.
 */
class SharedPositionTest extends ConsumerTestSupport {

    private static final String KEY_NAME = "stripe:newCharges";

    private final DataSource database = h2();
    /** "node:id" for every exchange either node's route completed, in order. */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final PollsSeen pollsOfA = new PollsSeen();
    private CamelContext nodeB;

    @BeforeEach
    void secondNode() {
        nodeB = newContext();
    }

    @AfterEach
    void stopSecondNode() {
        nodeB.stop();
    }

    @Test
    void twoNodesStartingAtOnceWithNoPositionBothStartAndShareTheFirstStoredOne() throws Exception {
        AtomicBoolean nodeBStarted = new AtomicBoolean();
        // node A found no position; before it stores its start, node B starts and stores its own
        JdbcStateRepository positionsOfA = new JdbcStateRepository(database) {
            @Override
            public void setState(String key, String value) {
                if (nodeBStarted.compareAndSet(false, true)) {
                    startNode(nodeB, new JdbcStateRepository(database), "B", "");
                }
                super.setState(key, value);
            }
        };
        String startOfB;
        try (LogCapture log = new LogCapture()) {
            StripePollingConsumer a = startNode(context, positionsOfA, "A", "");

            startOfB = stored();
            assertThat(context.getRouteController().getRouteStatus("r")).isEqualTo(ServiceStatus.Started);
            assertThat(nodeB.getRouteController().getRouteStatus("r")).isEqualTo(ServiceStatus.Started);
            assertThat(a.getState().toJson()).isEqualTo(startOfB);
            assertThat(version()).as("one start position stored, node B's").isEqualTo(1);
            assertThat(log.text()).contains("INFO  dev.camelstripe.consumer.StripePollingConsumer - stripe:newCharges:"
                    + " another instance stored the position of state key 'stripe:newCharges' first while both"
                    + " started; continuing from it: " + startOfB);
        }

        // node A can write the key it read again: it delivers from the shared start, and node B repeats nothing
        fake.add(CHARGES, "ch_1", STARTED_AT);
        poll(consumerOf(context));
        poll(consumerOf(nodeB));
        assertThat(deliveries).containsExactly("A:ch_1");
        assertThat(stored()).contains("\"cursorId\":\"ch_1\"");
    }

    @Test
    void aPositionMovedByAnotherNodeDuringADeliveryStopsTheBatchWithoutMovingItAndIsNotAPollFailure()
            throws Exception {
        addCharges("ch_", 3, STARTED_AT);
        StripePollingConsumer b = startNode(nodeB, new JdbcStateRepository(database), "B", "");
        // node A delivers ch_1; while its exchange is in flight, node B polls and delivers all three
        StripePollingConsumer a = startNode(context, new JdbcStateRepository(database), "A", "ch_1",
                () -> poll(b));
        long versionBeforeA;
        try (LogCapture log = new LogCapture()) {
            poll(a);

            assertThat(deliveries).containsExactly("A:ch_1", "B:ch_1", "B:ch_2", "B:ch_3");
            assertThat(stored()).as("node B's position, not moved back by A").contains("\"cursorId\":\"ch_3\"");
            versionBeforeA = version();
            assertThat(versionBeforeA).isEqualTo(5); // B's start, its start resolved on Stripe's clock, one per object
            assertThat(log.text()).contains("WARN  dev.camelstripe.consumer.StripePollingConsumer - stripe:newCharges:"
                    + " ch_1 was delivered, but its position was refused: Refused to write state key"
                    + " 'stripe:newCharges' to table camel_stripe_state: it was written by another repository"
                    + " instance since this one last read or wrote it (this one holds version 2, the table has"
                    + " version 5)")
                    .contains("This poll stops here, without moving the position; the instance that moved it may"
                              + " deliver ch_1 again. Another instance polled this trigger meanwhile: this one lost"
                              + " the lead while an exchange was in flight, or the trigger route runs on several"
                              + " instances without a leader election (docs/running-more-than-one-instance.md).");
        }
        assertThat(pollsOfA.rollbacks).as("not a failed poll: no back-off, no DOWN health").hasValue(0);
        assertThat(pollsOfA.commits).hasValue(1);

        // node A's next poll reads the position again and goes on from node B's
        fake.add(CHARGES, "ch_4", STARTED_AT + 3);
        poll(a);
        assertThat(deliveries).containsExactly("A:ch_1", "B:ch_1", "B:ch_2", "B:ch_3", "A:ch_4");
        assertThat(version()).isEqualTo(versionBeforeA + 1);
    }

    @Test
    void aSearchStepRefusedBecauseAnotherNodeStoredAPositionEndsThePollWithNothingDelivered() throws Exception {
        addCharges("ch_", 5, STARTED_AT);
        String otherNodesPosition = new PollState("ch_5", STARTED_AT + 4, List.of("ch_5"), null).toJson();
        // while node A's first list call is answered, another node stores a position
        JdbcStateRepository otherNode = new JdbcStateRepository(database);
        fake.beforeRequest(1, () -> {
            otherNode.start();
            otherNode.getState(KEY_NAME);
            otherNode.setState(KEY_NAME, otherNodesPosition);
        });
        StripePollingConsumer a = startNode(context, new JdbcStateRepository(database), "A",
                "startFrom=beginning&pageSize=2", "", () -> { });
        try (LogCapture log = new LogCapture()) {
            poll(a);

            assertThat(log.text()).contains("WARN  dev.camelstripe.consumer.StripePollingConsumer - stripe:newCharges:"
                    + " Refused to write state key 'stripe:newCharges' to table camel_stripe_state: it was written by"
                    + " another repository instance since this one last read or wrote it (this one knew of no row,"
                    + " the table has version 1)")
                    .contains("This poll stops without moving the position; the next one reads it again. Another"
                              + " instance polled this trigger meanwhile");
        }
        assertThat(deliveries).isEmpty();
        assertThat(stored()).isEqualTo(otherNodesPosition);
        assertThat(pollsOfA.rollbacks).hasValue(0);

        fake.add(CHARGES, "ch_6", STARTED_AT + 5);
        poll(a);
        assertThat(deliveries).containsExactly("A:ch_6");
    }

    private StripePollingConsumer startNode(CamelContext node, JdbcStateRepository positions, String name,
                                            String options) {
        return startNode(node, positions, name, options, "", () -> { });
    }

    private StripePollingConsumer startNode(CamelContext node, JdbcStateRepository positions, String name,
                                            String whileDelivering, Runnable action) {
        return startNode(node, positions, name, "", whileDelivering, action);
    }

    /**
     * Starts a node whose route records "name:id" per exchange and, while delivering {@code whileDelivering}, runs
     * {@code action} (after recording it, before the exchange completes).
     */
    private StripePollingConsumer startNode(CamelContext node, JdbcStateRepository positions, String name,
                                            String options, String whileDelivering, Runnable action) {
        try {
            node.getRegistry().bind("positions", positions);
            node.getRegistry().bind("polls", pollsOfA);
            node.start();
            String pollStrategy = name.equals("A") ? "&pollStrategy=#polls" : "";
            node.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("newCharges", "stateRepository=#positions" + pollStrategy
                                           + (options.isEmpty() ? "" : "&" + options)))
                            .routeId("r").process(exchange -> {
                                String id = exchange.getMessage().getHeader("CamelStripeObjectId", String.class);
                                deliveries.add(name + ":" + id);
                                if (id.equals(whileDelivering)) {
                                    action.run();
                                }
                            });
                }
            });
            return consumerOf(node);
        } catch (Exception e) {
            throw new IllegalStateException("node " + name + " did not start", e);
        }
    }

    private static StripePollingConsumer consumerOf(CamelContext node) {
        return (StripePollingConsumer) node.getRoute("r").getConsumer();
    }

    private String stored() {
        return query("state_value");
    }

    private long version() {
        return Long.parseLong(query("state_version"));
    }

    private String query(String column) {
        try (var connection = database.getConnection();
             var select = connection.prepareStatement("SELECT " + column
                                                      + " FROM camel_stripe_state WHERE state_key = ?")) {
            select.setString(1, KEY_NAME);
            try (var row = select.executeQuery()) {
                assertThat(row.next()).as("a row for " + KEY_NAME).isTrue();
                return row.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:shared-position-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** Counts the polls Camel's poll strategy saw succeed (commit) and fail (rollback). */
    private static final class PollsSeen implements PollingConsumerPollStrategy {
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            commits.incrementAndGet();
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            rollbacks.incrementAndGet();
            return false;
        }
    }
}
