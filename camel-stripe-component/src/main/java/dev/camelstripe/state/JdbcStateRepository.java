package dev.camelstripe.state;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.camelstripe.client.StaleStateException;
import dev.camelstripe.client.StateRepositoryException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel {@link StateRepository} in one table of a {@link DataSource}, so that several instances of an application
 * (nodes) share their triggers' positions. The table is created at start when missing (see {@link StateTable} for its
 * columns). Every {@link #getState} reads the table (nothing is cached across nodes), and every {@link #setState} is
 * one INSERT or UPDATE in a transaction of its own.
 * <p>
 * <b>Never backwards.</b> Each row has a version, and this instance remembers per key the version it last read or
 * wrote. A write succeeds only while the row still has that version (compare-and-set), and then makes it the next
 * one. So a node that lost leadership and still holds an older position cannot overwrite the newer one that the new
 * leader read and moved on: its write is refused with a {@link StaleStateException} that names the key, nothing is
 * written, and every later write of the key by this instance is refused as well until {@link #getState} reads the key
 * again. A write of a key this instance has not read inserts the key's first row, and is refused if the row exists.
 * <p>
 * One instance stands for one node: its threads share what it last read or wrote, and it writes a key one call at a
 * time, so its own writes never refuse each other. Use one instance per application, not one per thread.
 * <p>
 * A Camel service: {@link #start()} (a trigger starts the repository it is given) checks the table, creating it if
 * missing. For a bean in YAML or properties: {@link #setDataSource} and {@link #setTableName}.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE_NAME = "camel_stripe_state";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    /** The version known for a key of which this instance knows no row. */
    private static final long NO_ROW = 0;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    // set by doStart
    private volatile StateTable table;
    private volatile JdbcTransactions transactions;
    /** Per key, the version this instance last read or wrote; each one's monitor orders this instance's calls. */
    private final Map<String, KnownVersion> known = new ConcurrentHashMap<>();

    /** For bean configuration: set {@link #setDataSource} before start. */
    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database of the state table: a plain (pooled) DataSource; each call takes a connection and gives it back. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /**
     * The state table, {@value #DEFAULT_TABLE_NAME} by default: an unquoted identifier, optionally schema-qualified
     * ({@code schema.table}); refused otherwise. Takes effect at the next start.
     */
    public void setTableName(String tableName) {
        this.tableName = StateTable.checkName(tableName);
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource must be set: the javax.sql.DataSource of the state table "
                                               + tableName);
        }
        StateTable startingTable = new StateTable(tableName);
        JdbcTransactions startingTransactions = new JdbcTransactions(dataSource);
        createIfMissing(startingTable, startingTransactions);
        transactions = startingTransactions;
        table = startingTable;
    }

    private static void createIfMissing(StateTable table, JdbcTransactions transactions) {
        try {
            transactions.run(connection -> probe(table, connection));
            return;
        } catch (SQLException missing) {
            LOG.debug("State table {} is not readable ({}); creating it", table.name(), missing.getMessage());
        }
        try {
            transactions.run(connection -> {
                table.create(connection);
                return null;
            });
            LOG.info("Created the state table {}", table.name());
        } catch (SQLException createFailed) {
            try { // another node may have created it in the meantime
                transactions.run(connection -> probe(table, connection));
            } catch (SQLException stillUnreadable) {
                createFailed.addSuppressed(stillUnreadable);
                throw new StateRepositoryException("Cannot create the state table " + table.name() + ", nor read it"
                        + " (it must have the columns state_key, state_value, state_version): "
                        + createFailed.getMessage(), table.name(), null, createFailed);
            }
        }
    }

    private static Void probe(StateTable table, Connection connection) throws SQLException {
        table.probe(connection);
        return null;
    }

    /** The key's value as stored in the table now; null when the table has no row for it. */
    @Override
    public String getState(String key) {
        KnownVersion version = knownVersionOf(key);
        synchronized (version) {
            StateTable.Row row;
            try {
                row = transactions.run(connection -> table.read(connection, key));
            } catch (SQLException e) {
                throw failure("read", key, e);
            }
            version.value = row == null ? NO_ROW : row.version();
            return row == null ? null : row.value();
        }
    }

    /**
     * Stores {@code value} under {@code key}, unless another instance wrote the key since this one last read or
     * wrote it.
     *
     * @throws StaleStateException when the write is refused; nothing was written
     */
    @Override
    public void setState(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null (key '" + key + "')");
        }
        KnownVersion version = knownVersionOf(key);
        synchronized (version) {
            long expected = version.value;
            if (!write(key, value, expected)) {
                throw stale(key, expected);
            }
            version.value = expected + 1;
        }
    }

    private boolean write(String key, String value, long expected) {
        try {
            return transactions.run(connection -> {
                if (expected != NO_ROW) {
                    return table.update(connection, key, value, expected);
                }
                table.insert(connection, key, value);
                return true;
            });
        } catch (SQLException e) {
            if (expected == NO_ROW && StateTable.isDuplicateKey(e)) {
                return false;
            }
            throw failure("write", key, e);
        }
    }

    private StaleStateException stale(String key, long expected) {
        Long stored = null;
        SQLException unreadable = null;
        try {
            StateTable.Row row = transactions.run(connection -> table.read(connection, key));
            stored = row == null ? null : row.version();
        } catch (SQLException e) {
            unreadable = e;
        }
        String held = expected == NO_ROW ? "knew of no row" : "holds version " + expected;
        String found = unreadable != null ? "could not be read again"
                : stored == null ? "has no row" : "has version " + stored;
        StaleStateException refused = new StaleStateException("Refused to write state key '" + key + "' to table "
                + table.name() + ": it was written by another repository instance since this one last read or wrote"
                + " it (this one " + held + ", the table " + found + "), so the write would move it backwards."
                + " Nothing was written; this instance refuses writes of the key until getState reads it again.",
                table.name(), key, expected, stored);
        if (unreadable != null) {
            refused.addSuppressed(unreadable);
        }
        return refused;
    }

    private KnownVersion knownVersionOf(String key) {
        if (key == null || key.isEmpty() || key.length() > StateTable.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key must be 1 to " + StateTable.MAX_KEY_LENGTH + " characters (the"
                                               + " state_key column), was " + (key == null ? "null" : key.length()
                                               + " characters"));
        }
        if (table == null) {
            throw new IllegalStateException("JdbcStateRepository on table " + tableName + " is not started: start it"
                                            + " (a trigger starts the repository it is given) before using it");
        }
        return known.computeIfAbsent(key, k -> new KnownVersion());
    }

    private StateRepositoryException failure(String action, String key, SQLException e) {
        return new StateRepositoryException("Could not " + action + " state key '" + key + "' in table " + table.name()
                                            + ": " + e.getMessage(), table.name(), key, e);
    }

    /** Names the table, never the DataSource (whose toString may show credentials). */
    @Override
    public String toString() {
        return "JdbcStateRepository[table=" + tableName + "]";
    }

    /** The version of a key as this instance last read or wrote it. */
    private static final class KnownVersion {
        long value = NO_ROW;
    }
}
