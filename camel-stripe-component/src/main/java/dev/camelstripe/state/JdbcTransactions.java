package dev.camelstripe.state;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Runs a unit of work in a transaction of its own, on a connection of the DataSource, at READ COMMITTED (so a read
 * sees the latest committed row, and a conditional update waits for a concurrent one and then re-checks its
 * condition instead of failing to serialise). The connection goes back with the auto-commit and isolation it came
 * with, so a pool hands it on unchanged.
 */
final class JdbcTransactions {

    /** Work on the transaction's connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Commits after {@code work} returns, rolls back when it throws. */
    <T> T run(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            T result;
            try {
                if (isolation != Connection.TRANSACTION_READ_COMMITTED && connection.getMetaData()
                        .supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED)) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                if (autoCommit) {
                    connection.setAutoCommit(false);
                }
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                restore(connection, autoCommit, isolation, e);
                throw e;
            }
            restore(connection, autoCommit, isolation, null);
            return result;
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Puts back what the connection came with; a failure to do so joins {@code failure}, or is thrown without one. */
    private static void restore(Connection connection, boolean autoCommit, int isolation, Exception failure)
            throws SQLException {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
            if (connection.getTransactionIsolation() != isolation) {
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }
}
