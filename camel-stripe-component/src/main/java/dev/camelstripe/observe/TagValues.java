package dev.camelstripe.observe;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values of the tags and fields the component reports, kept to a small known set: an answer's headers and body
 * come from the network, and a hostile or broken one must not create a meter per value.
 */
final class TagValues {

    static final String NONE = "none";
    static final String OTHER = "other";
    /**
     * Stripe's limiters, as its rate limits page names them (docs.stripe.com/rate-limits): which one refused a call
     * with 429.
     */
    static final Set<String> RATE_LIMITED_REASONS = Set.of("global-rate", "endpoint-rate", "global-concurrency",
            "endpoint-concurrency", "resource-specific");
    /** Stripe's error types (docs.stripe.com/api/errors): api_error, card_error, idempotency_error, invalid_request_error. */
    private static final Pattern ERROR_TYPE = Pattern.compile("[a-z_]{1,40}");

    private TagValues() {
    }

    /** {@code Stripe-Rate-Limited-Reason}: one of Stripe's limiters, {@code none} when absent, else {@code other}. */
    static String rateLimitedReason(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        String reason = header.trim();
        return RATE_LIMITED_REASONS.contains(reason) ? reason : OTHER;
    }

    /** Stripe's {@code error.type}; {@code none} without an error, {@code network} for a network failure. */
    static String errorType(int status, String type) {
        if (status == 0) {
            return "network";
        }
        if (type == null || type.isBlank()) {
            return status >= 200 && status < 300 ? NONE : OTHER;
        }
        return ERROR_TYPE.matcher(type).matches() ? type : OTHER;
    }

    /** The status as the tag shows it: the code, or {@code IO_ERROR} for a network failure. */
    static String status(int status) {
        return status == 0 ? "IO_ERROR" : Integer.toString(status);
    }

    /** An enum constant as a tag value: lower case, words joined by {@code _} ({@code IN_FLIGHT} is {@code in_flight}). */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Micrometer's outcome names for an HTTP client call. */
    static String outcome(int status) {
        if (status == 0) {
            return "UNKNOWN";
        }
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
