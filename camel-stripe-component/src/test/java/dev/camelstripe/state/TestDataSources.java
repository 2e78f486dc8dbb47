package dev.camelstripe.state;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** DataSources that let a test see what the repository does to a connection, or make the database fail. */
final class TestDataSources {

    private TestDataSources() {
    }

    /** Hands out the one given connection every time, and ignores close(): a pool of one, as a test can inspect it. */
    static DataSource singleConnection(Connection connection) {
        Connection unclosable = onClose(connection, () -> { });
        return new Delegating(() -> unclosable, () -> false, "single connection");
    }

    /** Reuses the connections of {@code database}: close() gives a connection back for the next getConnection. */
    static DataSource pooled(DataSource database) {
        Queue<Connection> idle = new ConcurrentLinkedQueue<>();
        return new Delegating(() -> {
            Connection physical = idle.poll();
            Connection connection = physical != null ? physical : database.getConnection();
            return onClose(connection, () -> idle.add(connection));
        }, () -> false, "pool of " + database);
    }

    /** {@code connection}, with close() replaced by {@code closing}. */
    private static Connection onClose(Connection connection, Runnable closing) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        closing.run();
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Connections of {@code database}, except while {@code down} says so: then getConnection fails. */
    static DataSource failingWhen(DataSource database, BooleanSupplier down, String description) {
        return new Delegating(database::getConnection, down, description);
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private record Delegating(ConnectionSource connections, BooleanSupplier down, String description)
            implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            if (down.getAsBoolean()) {
                throw new SQLException("Connection refused (the test took the database down)", "08001");
            }
            return connections.get();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
