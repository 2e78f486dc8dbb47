package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failed API call, thrown anywhere below the HTTP layer and rendered once by {@link SandboxHttpServer} as Stripe's
 * error body {@code {"error":{type, code, message, param, doc_url}}}. Absent fields are left out, as Stripe does; a
 * card error adds Stripe's {@code decline_code}, {@code charge}, {@code payment_intent} and {@code payment_method}
 * (see stripe-python's {@code StripeError} fields, generated from the OpenAPI spec).
 */
public final class StripeError extends RuntimeException {

    public static final String INVALID_REQUEST = "invalid_request_error";
    public static final String IDEMPOTENCY = "idempotency_error";
    public static final String CARD = "card_error";

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final Map<String, Object> extra;

    public StripeError(int status, String type, String code, String message, String param) {
        this(status, type, code, message, param, Map.of());
    }

    private StripeError(int status, String type, String code, String message, String param,
            Map<String, Object> extra) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.extra = extra;
    }

    /**
     * A payment that was attempted and failed (402 {@code card_error}). Unlike a refused request it ran: Stripe keeps
     * its answer under an idempotency key, so a retry replays the decline instead of charging again.
     */
    public static StripeError card(String code, String declineCode, String message) {
        StripeError error = new StripeError(402, CARD, code, message, null);
        return declineCode == null ? error : error.with("decline_code", declineCode);
    }

    /** This error with one more field of Stripe's error object ({@code charge}, {@code payment_intent} ...). */
    public StripeError with(String field, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put(field, value);
        return new StripeError(status, type, code, getMessage(), param, more);
    }

    /** Whether the call ran before it failed, so that its answer is the one an idempotent retry replays. */
    public boolean executed() {
        return status >= 500 || CARD.equals(type);
    }

    /** A request refused in the state its object is in ({@code payment_intent_unexpected_state} ...). */
    public static StripeError unexpectedState(String code, String message) {
        return badRequest(code, message, null);
    }

    public static StripeError invalidApiKey(String maskedKey) {
        return new StripeError(401, INVALID_REQUEST, null, "Invalid API Key provided: " + maskedKey, null);
    }

    public static StripeError missingApiKey() {
        return new StripeError(401, INVALID_REQUEST, null,
                "You did not provide an API key. You need to provide your API key in the Authorization header, "
                        + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
                null);
    }

    public static StripeError unknownParameter(String param) {
        return badRequest("parameter_unknown", "Received unknown parameter: " + param, param);
    }

    public static StripeError missingParameter(String param) {
        return badRequest("parameter_missing", "Missing required param: " + param + ".", param);
    }

    public static StripeError invalid(String code, String param, String message) {
        return badRequest(code, message, param);
    }

    public static StripeError noSuch(String objectName, String id, String param) {
        return new StripeError(404, INVALID_REQUEST, "resource_missing",
                "No such " + objectName + ": '" + id + "'", param);
    }

    public static StripeError alreadyExists(String objectName, String param) {
        return badRequest("resource_already_exists",
                capitalize(objectName) + " already exists.", param);
    }

    public static StripeError unrecognizedUrl(String method, String path) {
        // Stripe sends no code here, only type and message.
        return new StripeError(404, INVALID_REQUEST, null, "Unrecognized request URL (" + method + ": " + path
                + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.", null);
    }

    public static StripeError methodNotAllowed(String method, String path) {
        return new StripeError(405, INVALID_REQUEST, null,
                "Unrecognized request URL (" + method + ": " + path + "): this method is not allowed here.", null);
    }

    public static StripeError idempotencyMismatch(String key) {
        return new StripeError(400, IDEMPOTENCY, null,
                "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + "Try using a key other than '" + key + "' if you meant to execute a different request.",
                null);
    }

    /** A parameter name with more segments than {@link SandboxLimits#MAX_PARAMETER_DEPTH}. */
    public static StripeError nestedTooDeep(String param, int depth) {
        return new StripeError(400, INVALID_REQUEST, null, "Invalid parameter " + param + ": nested " + depth
                + " levels deep; the sandbox accepts at most " + SandboxLimits.MAX_PARAMETER_DEPTH + ".", param);
    }

    /** A body above {@link SandboxLimits#MAX_REQUEST_BYTES}. */
    public static StripeError bodyTooLarge() {
        return new StripeError(413, INVALID_REQUEST, null, "The request body is larger than the sandbox accepts ("
                + SandboxLimits.MAX_REQUEST_BYTES + " bytes).", null);
    }

    public static StripeError idempotencyKeyTooLong(int length) {
        return new StripeError(400, INVALID_REQUEST, null, "The Idempotency-Key header is " + length
                + " characters long; idempotency keys are up to " + SandboxLimits.MAX_IDEMPOTENCY_KEY_LENGTH
                + " characters.", null);
    }

    private static StripeError badRequest(String code, String message, String param) {
        return new StripeError(400, INVALID_REQUEST, code, message, param);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    /** The wire body; the single place an error's JSON shape is defined. */
    public Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        putIfPresent(error, "code", code);
        error.put("message", getMessage());
        putIfPresent(error, "param", param);
        if (code != null) {
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.putAll(extra);
        return Map.of("error", error);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
