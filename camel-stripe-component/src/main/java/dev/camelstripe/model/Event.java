package dev.camelstripe.model;

import java.util.Map;

/**
 * An event ({@code object: "event"}): something that happened in the account, as {@code GET /v1/events} lists it. A
 * minimal model for {@code retrieveEvent} and {@code listEvents}; the webhook work brings the full one (typed {@code
 * data.object}). Fields this class does not name (and any Stripe adds later) are kept as unknown fields.
 */
public class Event extends StripeObject implements Has.Created, Has.Livemode {

    public static final Field<String> API_VERSION = Field.string("api_version");
    public static final Field<Map<String, Object>> DATA = Field.map("data");
    public static final Field<Long> PENDING_WEBHOOKS = Field.integer("pending_webhooks");
    public static final Field<Map<String, Object>> REQUEST = Field.map("request");
    public static final Field<String> TYPE = Field.string("type");

    public String getApiVersion() {
        return get(API_VERSION);
    }

    /** {@code object}: the object as it was; {@code previous_attributes} on an update. */
    public Map<String, Object> getData() {
        return get(DATA);
    }

    public Long getPendingWebhooks() {
        return get(PENDING_WEBHOOKS);
    }

    public Map<String, Object> getRequest() {
        return get(REQUEST);
    }

    /** For example {@code payment_intent.succeeded}. */
    public String getType() {
        return get(TYPE);
    }
}
