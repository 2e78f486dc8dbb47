package dev.camelstripe.benchmarks;

/** One way of making POST /v1/customers; the producer benchmark times {@link #call()} and nothing else. */
interface CreateCustomerCall extends AutoCloseable {

    /** The row label. */
    String name();

    /** What the call does, for the notes under the table. */
    String description();

    /** Makes one call and returns what the caller gets, so the JIT cannot drop the work. */
    Object call() throws Exception;

    @Override
    default void close() throws Exception {
    }
}
