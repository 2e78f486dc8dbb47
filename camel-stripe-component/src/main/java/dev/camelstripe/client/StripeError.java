package dev.camelstripe.client;

/**
 * What Stripe said about a failed call: the fields of its {@code error} object and the answer headers that go with
 * them. Any of them may be {@code null} when Stripe (or a proxy in between) did not send it.
 *
 * @param status            the HTTP status
 * @param type              {@code error.type}: {@code api_error}, {@code card_error}, {@code idempotency_error},
 *                          {@code invalid_request_error}
 * @param code              {@code error.code}, e.g. {@code resource_missing}, {@code rate_limit}
 * @param declineCode       {@code error.decline_code} of a card error
 * @param param             {@code error.param}
 * @param message           {@code error.message}, or what came back when the body was not Stripe's error JSON
 * @param docUrl            {@code error.doc_url}
 * @param requestLogUrl     {@code error.request_log_url}: the call in the Dashboard's request log
 * @param requestId         the {@code Request-Id} answer header
 * @param rateLimitedReason the {@code Stripe-Rate-Limited-Reason} answer header of a 429 ({@code global-rate},
 *                          {@code endpoint-rate}, {@code global-concurrency}, {@code endpoint-concurrency},
 *                          {@code resource-specific})
 */
public record StripeError(int status, String type, String code, String declineCode, String param, String message,
                          String docUrl, String requestLogUrl, String requestId, String rateLimitedReason)
        implements java.io.Serializable {
}
