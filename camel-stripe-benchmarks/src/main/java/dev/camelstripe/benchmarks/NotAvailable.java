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
        NotAvailable found = null;
        // the innermost match is the component's own words; the outer ones repeat it wrapped in Camel's context
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            int unknown = message.indexOf("Unknown parameters=");
            if (message.contains("not implemented yet")) {
                found = new NotAvailable(message.lines().findFirst().orElse(message));
            } else if (unknown >= 0) {
                found = new NotAvailable("the endpoint has no such options yet: " + message.substring(unknown));
            }
        }
        return found;
    }
}
