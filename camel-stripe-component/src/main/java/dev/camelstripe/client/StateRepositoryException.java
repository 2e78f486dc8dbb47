package dev.camelstripe.client;

/**
 * The database of a {@code dev.camelstripe.state.JdbcStateRepository} failed: it could not be reached, the table
 * could not be read, written or created. Nothing was changed; the trigger whose position it was fails its poll, and
 * the next poll tries again.
 */
public class StateRepositoryException extends StripeException {

    private final String tableName;
    private final String key;

    public StateRepositoryException(String message, String tableName, String key, Throwable cause) {
        super(message, cause);
        this.tableName = tableName;
        this.key = key;
    }

    /** The state table, as configured. */
    public String getTableName() {
        return tableName;
    }

    /** The key being read or written; null when the failure is the table's own (creating it at start). */
    public String getKey() {
        return key;
    }
}
