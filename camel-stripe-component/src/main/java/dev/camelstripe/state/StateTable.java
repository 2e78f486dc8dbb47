package dev.camelstripe.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SQL of the state table, one row per key:
 * <pre>
 * state_key     VARCHAR(255) NOT NULL PRIMARY KEY
 * state_value   the text type of the database (TEXT, CLOB, ...) NOT NULL
 * state_version BIGINT NOT NULL   -- 1 for the first write of a key, +1 for every write after it
 * </pre>
 * The table name is the only text spliced into a statement; it is checked to be a plain (optionally
 * schema-qualified) identifier first, so it cannot carry SQL. Keys and values are always bound parameters.
 */
final class StateTable {

    static final int MAX_KEY_LENGTH = 255;
    /** At most 63 characters a part: PostgreSQL's identifier limit. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,62}\\.)?[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final String name;

    StateTable(String name) {
        this.name = checkName(name);
    }

    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tableName must be an unquoted SQL identifier, optionally"
                                               + " schema-qualified (letters, digits and _, not starting with a digit,"
                                               + " at most 63 characters each part, e.g. camel_stripe_state or"
                                               + " camel.stripe_state); was " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    String name() {
        return name;
    }

    /** The stored row of {@code key}, or null when there is none. */
    Row read(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state_value, state_version FROM " + name + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Row(row.getString(1), row.getLong(2)) : null;
            }
        }
    }

    /** Inserts version 1 of {@code key}; fails with an integrity-constraint SQLState (23...) when it exists. */
    void insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + name + " (state_key, state_value, state_version) VALUES (?, ?, 1)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** Writes {@code value} as version {@code expectedVersion + 1}, only if the stored version is the expected one. */
    boolean update(Connection connection, String key, String value, long expectedVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + name
                + " SET state_value = ?, state_version = state_version + 1 WHERE state_key = ? AND state_version = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            update.setLong(3, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Fails unless the table exists with the three columns. */
    void probe(Connection connection) throws SQLException {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT state_key, state_value, state_version FROM " + name + " WHERE 1 = 0").close();
        }
    }

    void create(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement create = connection.createStatement()) {
            create.executeUpdate(createStatement(product));
        }
    }

    /** CREATE TABLE with the text type that holds a long value on the given database (JDBC's product name). */
    String createStatement(String databaseProduct) {
        String product = databaseProduct == null ? "" : databaseProduct.toLowerCase(Locale.ROOT);
        String text;
        String bigint = "BIGINT";
        if (product.contains("postgres")) {
            text = "TEXT";
        } else if (product.contains("mysql") || product.contains("mariadb")) {
            text = "MEDIUMTEXT";
        } else if (product.contains("sql server")) {
            text = "NVARCHAR(MAX)";
        } else if (product.contains("oracle")) {
            text = "CLOB";
            bigint = "NUMBER(19)";
        } else {
            text = "CLOB"; // the SQL standard's; H2, Derby, DB2, HSQLDB
        }
        return "CREATE TABLE " + name + " (state_key VARCHAR(" + MAX_KEY_LENGTH + ") NOT NULL PRIMARY KEY,"
               + " state_value " + text + " NOT NULL, state_version " + bigint + " NOT NULL)";
    }

    /** One stored row. */
    record Row(String value, long version) {
    }
}
