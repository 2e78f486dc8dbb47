package dev.camelstripe.benchmarks;

/**
 * Raised when a {@code stripe:} endpoint a benchmark needs is not in this build yet (the producer and the trigger
 * consumer land on other branches), so the harness can skip that part with one clear line instead of failing.
 */
final class NotAvailable extends Exception {

    NotAvailable(String reason) {
        super(reason);
    }

    /**
     * Recognises the component's "not implemented yet" and Camel's refusal of options the endpoint does not have
     * yet (startFrom, pageSize) anywhere in the cause chain.
     */
    static NotAvailable from(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("not implemented yet") || message.contains("couldn't be set on the endpoint")
                || message.contains("Unknown parameters")) {
                return new NotAvailable(message.lines().findFirst().orElse(message));
            }
        }
        return null;
    }
}
