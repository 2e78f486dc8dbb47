package dev.camelstripe.client;

/**
 * A {@code dev.camelstripe.state.JdbcStateRepository} refused to write a key: another repository instance (another
 * node) wrote it since this instance last read or wrote it, so this write would move the key backwards. Nothing was
 * written. This instance keeps refusing writes of the key until it reads the key again with {@code getState}.
 */
public class StaleStateException extends StateRepositoryException {

    private final long expectedVersion;
    private final Long storedVersion;

    public StaleStateException(String message, String tableName, String key, long expectedVersion,
                               Long storedVersion) {
        super(message, tableName, key, null);
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /** The version this instance last read or wrote; 0 when it knew of no row for the key. */
    public long getExpectedVersion() {
        return expectedVersion;
    }

    /** The version in the table when the write was refused; null when the row was gone by then. */
    public Long getStoredVersion() {
        return storedVersion;
    }
}
