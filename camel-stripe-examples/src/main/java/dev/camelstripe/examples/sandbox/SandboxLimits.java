package dev.camelstripe.examples.sandbox;

import java.time.Duration;

/**
 * Every limit of the sandbox, in one place, so that it can be left running: what one request may hold, how long and
 * how many idempotency keys it remembers, and the port it takes when none is given.
 */
public final class SandboxLimits {

    /**
     * Request body bytes; a larger body is a 413. Stripe documents no request size limit; its documented field limits
     * (50 metadata keys of 40 + 500 characters, strings of at most 5000) keep real requests far below this.
     */
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;

    /**
     * Request line (query string included) and header bytes; the JDK's HTTP server closes the connection of a larger
     * request ({@code sun.net.httpserver.maxReqHeaderSize}, set to this unless the JVM already sets it).
     */
    public static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;

    /**
     * Segments of one parameter name: {@code a[b][c]} has 3. Stripe's deepest parameters
     * ({@code line_items[0][price_data][product_data][metadata][key]}) have 6.
     */
    public static final int MAX_PARAMETER_DEPTH = 10;

    /** Stripe: "Idempotency keys are up to 255 characters long" (docs.stripe.com/api/idempotent_requests). */
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    /** Stripe may prune a key "after it is at least 24 hours old" (docs.stripe.com/api/idempotent_requests). */
    public static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);

    /** Keys remembered at most, all API keys together; beyond it the oldest is forgotten first. */
    public static final int MAX_IDEMPOTENCY_KEYS = 10_000;

    /**
     * The standalone sandbox's port. Not 12111 (HTTP) nor 12112 (HTTPS): those are {@code stripe-mock}'s, which many
     * developers already run, and routes pointed at it would "succeed" against the wrong server.
     */
    public static final int DEFAULT_PORT = 4242;

    private SandboxLimits() {
    }
}
