package dev.camelstripe.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.camelstripe.client.StaleStateException;
import dev.camelstripe.client.StateRepositoryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link JdbcStateRepository} promises, run against a real database that each subclass provides (H2,
 * PostgreSQL). Each test has a table of its own; a "node" is one repository instance, as one application instance
 * would hold.
 */
abstract class JdbcStateRepositoryContract {

    static final String KEY = "stripe:newCharges";
    private static final AtomicInteger TABLES = new AtomicInteger();

    final String table = "state_contract_" + TABLES.incrementAndGet();
    private final List<JdbcStateRepository> nodes = new CopyOnWriteArrayList<>();

    abstract DataSource dataSource();

    @AfterEach
    void stopNodes() {
        nodes.forEach(JdbcStateRepository::stop);
    }

    /** A started repository on this test's table. */
    JdbcStateRepository node() {
        return node(dataSource());
    }

    JdbcStateRepository node(DataSource dataSource) {
        JdbcStateRepository node = unstartedNode(dataSource);
        node.start();
        return node;
    }

    private JdbcStateRepository unstartedNode(DataSource dataSource) {
        JdbcStateRepository node = new JdbcStateRepository(dataSource);
        node.setTableName(table);
        nodes.add(node);
        return node;
    }

    @Test
    void createsTheTableAtStartAndReadsBackWhatItWrote() throws Exception {
        assertThatThrownBy(() -> storedVersion(KEY)).as("no table before start").isInstanceOf(SQLException.class);
        JdbcStateRepository node = node();

        assertThat(node.getState(KEY)).isNull();
        // a position with many ids seen in one second is long; non-ASCII survives too
        String position = "{\"cursorId\":\"ch_é€\",\"seenAtCursorSecond\":[\"" + "ch_x".repeat(25_000) + "\"]}";
        node.setState(KEY, position);
        assertThat(node.getState(KEY)).isEqualTo(position);
        assertThat(storedVersion(KEY)).isEqualTo(1);
        node.setState(KEY, "second");
        assertThat(node.getState(KEY)).isEqualTo("second");
        assertThat(storedVersion(KEY)).isEqualTo(2);
        assertThat(node.getState("stripe:newCustomers")).isNull();
    }

    @Test
    void aSchemaQualifiedTableName() throws Exception {
        JdbcStateRepository node = unstartedNode(dataSource());
        node.setTableName("public." + table);
        node.start();
        node.setState(KEY, "p1");
        assertThat(storedValue(KEY)).isEqualTo("p1");
    }

    @Test
    void everyReadGoesToTheDatabase() throws Exception {
        JdbcStateRepository a = node();
        JdbcStateRepository b = node();
        a.setState(KEY, "p1");
        assertThat(b.getState(KEY)).isEqualTo("p1");
        a.setState(KEY, "p2");
        assertThat(b.getState(KEY)).isEqualTo("p2");
        execute("UPDATE " + table + " SET state_value = 'p3', state_version = 3");
        assertThat(a.getState(KEY)).as("a change made outside any repository").isEqualTo("p3");
    }

    @Test
    void aNodeThatLostTheLeadCannotMoveThePositionBackwards() throws Exception {
        JdbcStateRepository oldLeader = node();
        JdbcStateRepository newLeader = node();
        // the trigger's pattern: read at start, write after each delivered object
        assertThat(oldLeader.getState(KEY)).isNull();
        oldLeader.setState(KEY, "p1");
        oldLeader.setState(KEY, "p2");
        // failover: the new leader reads the latest position and moves on from it
        assertThat(newLeader.getState(KEY)).isEqualTo("p2");
        newLeader.setState(KEY, "p3");
        newLeader.setState(KEY, "p4");

        // the old leader, still finishing an exchange, writes the position after it
        assertThatThrownBy(() -> oldLeader.setState(KEY, "p3 of the old leader"))
                .isInstanceOfSatisfying(StaleStateException.class, refused -> {
                    assertThat(refused.getKey()).isEqualTo(KEY);
                    assertThat(refused.getTableName()).isEqualTo(table);
                    assertThat(refused.getExpectedVersion()).isEqualTo(2);
                    assertThat(refused.getStoredVersion()).isEqualTo(4);
                    assertThat(refused.getMessage()).isEqualTo("Refused to write state key 'stripe:newCharges' to"
                            + " table " + table + ": it was written by another repository instance since this one"
                            + " last read or wrote it (this one holds version 2, the table has version 4), so the"
                            + " write would move it backwards. Nothing was written; this instance refuses writes of"
                            + " the key until getState reads it again.");
                });
        assertThat(storedValue(KEY)).isEqualTo("p4");
        assertThat(storedVersion(KEY)).isEqualTo(4);
        assertThatThrownBy(() -> oldLeader.setState(KEY, "p4 of the old leader"))
                .as("still refused: a refusal does not teach the old leader the new version")
                .isInstanceOf(StaleStateException.class);
        assertThat(storedValue(KEY)).isEqualTo("p4");

        // leading again, it reads first, and then writes
        assertThat(oldLeader.getState(KEY)).isEqualTo("p4");
        oldLeader.setState(KEY, "p5");
        assertThat(storedVersion(KEY)).isEqualTo(5);
        assertThatThrownBy(() -> newLeader.setState(KEY, "p5 of the other")).isInstanceOf(StaleStateException.class);
        assertThat(storedValue(KEY)).isEqualTo("p5");
    }

    @Test
    void twoNodesCreatingOneKeyOneWins() throws Exception {
        JdbcStateRepository a = node();
        JdbcStateRepository b = node();
        assertThat(a.getState(KEY)).isNull();
        assertThat(b.getState(KEY)).isNull();
        a.setState(KEY, "a1");

        assertThatThrownBy(() -> b.setState(KEY, "b1")).isInstanceOfSatisfying(StaleStateException.class, refused -> {
            assertThat(refused.getExpectedVersion()).isZero();
            assertThat(refused.getStoredVersion()).isEqualTo(1);
            assertThat(refused.getMessage()).contains("(this one knew of no row, the table has version 1)");
        });
        assertThat(storedValue(KEY)).isEqualTo("a1");
    }

    @Test
    void aNodeThatNeverReadAKeyMayOnlyCreateIt() throws Exception {
        JdbcStateRepository a = node();
        JdbcStateRepository fresh = node();
        a.setState(KEY, "first");
        assertThat(storedValue(KEY)).isEqualTo("first");

        assertThatThrownBy(() -> fresh.setState(KEY, "blind")).isInstanceOf(StaleStateException.class);
        assertThat(storedValue(KEY)).isEqualTo("first");
    }

    @Test
    void aRowDeletedUnderANodeRefusesItsWriteUntilItReadsAgain() throws Exception {
        JdbcStateRepository node = node();
        node.setState(KEY, "p1");
        execute("DELETE FROM " + table);

        assertThatThrownBy(() -> node.setState(KEY, "p2")).isInstanceOfSatisfying(StaleStateException.class,
                refused -> assertThat(refused.getStoredVersion()).isNull());
        assertThat(node.getState(KEY)).isNull();
        node.setState(KEY, "p1 again");
        assertThat(storedVersion(KEY)).isEqualTo(1);
    }

    @Test
    void threadsOfOneNodeNeverRefuseEachOther() throws Exception {
        JdbcStateRepository node = node();
        int threads = 8;
        int writes = 25;
        runConcurrently(threads, thread -> {
            for (int i = 0; i < writes; i++) {
                node.setState(KEY, "thread " + thread + " write " + i);
            }
        });
        assertThat(storedVersion(KEY)).isEqualTo(threads * writes);
        assertThat(storedValue(KEY)).matches("thread \\d write " + (writes - 1));
    }

    @Test
    void concurrentNodesLoseNoUpdate() throws Exception {
        JdbcStateRepository[] nodes = {node(), node()};
        int threadsPerNode = 4;
        int incrementsPerThread = 20;
        AtomicInteger refused = new AtomicInteger();
        // each node increments a counter, one read-and-write at a time as a trigger does; the nodes race each other
        runConcurrently(nodes.length * threadsPerNode, thread -> {
            JdbcStateRepository node = nodes[thread % nodes.length];
            for (int done = 0; done < incrementsPerThread; ) {
                synchronized (node) {
                    String counter = node.getState(KEY);
                    try {
                        node.setState(KEY, String.valueOf(counter == null ? 1 : Integer.parseInt(counter) + 1));
                        done++;
                    } catch (StaleStateException e) {
                        refused.incrementAndGet(); // the other node wrote in between: read again
                    }
                }
            }
        });
        int increments = nodes.length * threadsPerNode * incrementsPerThread;
        assertThat(storedValue(KEY)).as("counter after %d increments (%d writes refused)", increments, refused.get())
                .isEqualTo(String.valueOf(increments));
        assertThat(storedVersion(KEY)).isEqualTo(increments);
    }

    @Test
    void eachCallHasItsOwnTransactionAndGivesTheConnectionBackAsFound() throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            DataSource poolOfOne = TestDataSources.singleConnection(connection);
            JdbcStateRepository node = node(poolOfOne);
            assertAsFound(connection);
            assertThat(node.getState(KEY)).isNull();
            assertAsFound(connection);
            node.setState(KEY, "p1");
            assertAsFound(connection);
            assertThat(storedValue(KEY)).as("committed, seen from another connection").isEqualTo("p1");

            JdbcStateRepository other = node();
            other.getState(KEY);
            other.setState(KEY, "p2");
            assertThatThrownBy(() -> node.setState(KEY, "refused update")).isInstanceOf(StaleStateException.class);
            assertAsFound(connection);
            // a refused INSERT fails a statement (PostgreSQL then aborts the transaction): rolled back, so the
            // connection goes on working
            assertThatThrownBy(() -> node(poolOfOne).setState(KEY, "refused insert"))
                    .isInstanceOf(StaleStateException.class);
            assertAsFound(connection);
            assertThat(node.getState(KEY)).isEqualTo("p2");
            assertAsFound(connection);
        }
    }

    private static void assertAsFound(Connection connection) throws SQLException {
        assertThat(connection.getAutoCommit()).as("auto-commit").isFalse();
        assertThat(connection.getTransactionIsolation()).as("isolation")
                .isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void anExistingTableIsUsedAsItIs() throws Exception {
        execute("CREATE TABLE " + table + " (state_key VARCHAR(100) PRIMARY KEY, state_value VARCHAR(4000) NOT NULL,"
                + " state_version BIGINT NOT NULL, note VARCHAR(20))");
        execute("INSERT INTO " + table + " VALUES ('" + KEY + "', 'p7', 7, 'by hand')");
        JdbcStateRepository node = node();

        assertThat(node.getState(KEY)).isEqualTo("p7");
        node.setState(KEY, "p8");
        assertThat(storedVersion(KEY)).isEqualTo(8);
    }

    @Test
    void aTableWithoutTheColumnsFailsAtStartNamingThem() throws Exception {
        execute("CREATE TABLE " + table + " (id INT)");
        JdbcStateRepository node = unstartedNode(dataSource());

        assertThatThrownBy(node::start).isInstanceOfSatisfying(StateRepositoryException.class, e -> {
            assertThat(e.getTableName()).isEqualTo(table);
            assertThat(e.getKey()).isNull();
            assertThat(e.getMessage()).startsWith("Cannot create the state table " + table + ", nor read it (it must"
                                                  + " have the columns state_key, state_value, state_version): ");
        });
    }

    @Test
    void nodesStartingTogetherOnAMissingTableAllStart() throws Exception {
        List<JdbcStateRepository> starting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starting.add(unstartedNode(dataSource()));
        }
        runConcurrently(starting.size(), i -> starting.get(i).start());
        for (int i = 0; i < starting.size(); i++) {
            starting.get(i).setState("key " + i, "node " + i);
            assertThat(storedValue("key " + i)).isEqualTo("node " + i);
        }
    }

    /** Runs {@code work} on {@code threads} threads released at once; fails with the first failure of any. */
    static void runConcurrently(int threads, ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int thread = i;
                pool.execute(() -> {
                    ready.countDown();
                    try {
                        go.await();
                        work.run(thread);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            ready.await();
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("threads finished").isTrue();
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            AssertionError failed = new AssertionError(failures.size() + " thread(s) failed", failures.get(0));
            failures.stream().skip(1).forEach(failed::addSuppressed);
            throw failed;
        }
    }

    /** One thread's share of the work. */
    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    Long storedVersion(String key) throws SQLException {
        String version = stored("state_version", key);
        return version == null ? null : Long.valueOf(version);
    }

    String storedValue(String key) throws SQLException {
        return stored("state_value", key);
    }

    private String stored(String column, String key) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             var select = connection.prepareStatement("SELECT " + column + " FROM " + table + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
