package dev.camelstripe.model;

import java.util.Map;

/**
 * A Stripe event ({@code object: "event"}): something that happened in the account, with the object it happened to
 * as it was then ({@code data.object}) and, for an {@code *.updated} event, the values its changed fields had before
 * ({@code data.previous_attributes}). What a webhook delivers and {@code GET /v1/events} lists; Stripe renders each
 * event in the API version of its {@link #getApiVersion()}, not in the version of the request that reads it.
 * <p>
 * {@code data.object} is the model of its {@code object} value (a {@link Customer}, {@link Charge}, {@link PaymentIntent},
 * {@link Refund}, {@link Invoice} and the other models of this package), so a route that used a polling trigger reads the same body type from an event;
 * any other resource is an {@link UntypedStripeObject} keeping every field.
 */
public class Event extends StripeObject implements Has.Created, Has.Livemode {

    /** The classes {@code data.object} is read as, by its {@code object} value; the rest are untyped. */
    private static final Map<String, Class<? extends StripeObject>> MODELS = Map.ofEntries(
            Map.entry("customer", Customer.class),
            Map.entry("charge", Charge.class),
            Map.entry("invoiceitem", InvoiceItem.class),
            Map.entry("product", Product.class),
            Map.entry("order", Order.class),
            Map.entry("payment_intent", PaymentIntent.class),
            Map.entry("payment_method", PaymentMethod.class),
            Map.entry("refund", Refund.class),
            Map.entry("subscription", Subscription.class),
            Map.entry("invoice", Invoice.class),
            Map.entry("price", Price.class),
            Map.entry("balance_transaction", BalanceTransaction.class),
            Map.entry("checkout.session", CheckoutSession.class));

    static final Field<String> TYPE = Field.string("type");
    static final Field<String> API_VERSION = Field.string("api_version");
    static final Field<String> ACCOUNT = Field.string("account");
    static final Field<Long> PENDING_WEBHOOKS = Field.integer("pending_webhooks");
    static final Field<Data> DATA = Field.object("data", Data.class);
    static final Field<Map<String, Object>> REQUEST = Field.map("request");

    /** The model class of a Stripe resource of that {@code object} value, or {@link UntypedStripeObject}. */
    public static Class<? extends StripeObject> modelOf(String objectType) {
        return objectType == null ? UntypedStripeObject.class
                : MODELS.getOrDefault(objectType, UntypedStripeObject.class);
    }

    /** What happened, for example {@code customer.created} or {@code charge.succeeded}. */
    public String getType() {
        return get(TYPE);
    }

    public void setType(String type) {
        set(TYPE, type);
    }

    /** The API version the event is rendered in; null for events older than 2014-02-21. */
    public String getApiVersion() {
        return get(API_VERSION);
    }

    public void setApiVersion(String apiVersion) {
        set(API_VERSION, apiVersion);
    }

    /** The connected account the event happened in (Connect), or null for the platform's own events. */
    public String getAccount() {
        return get(ACCOUNT);
    }

    public void setAccount(String account) {
        set(ACCOUNT, account);
    }

    /** How many webhook endpoints have not yet acknowledged the event. */
    public Long getPendingWebhooks() {
        return get(PENDING_WEBHOOKS);
    }

    public Data getData() {
        return get(DATA);
    }

    /** The object the event is about, typed ({@code data.object}); null when the event carries none. */
    public StripeObject getDataObject() {
        Data data = getData();
        return data == null ? null : data.getObject();
    }

    /**
     * The API request that caused the event: its id, or null for an automatic event (a subscription renewal).
     * API versions before 2017-05-25 send {@code request} as that id alone.
     */
    public String getRequestId() {
        Object request = path(REQUEST.name());
        if (request instanceof String id) {
            return id;
        }
        return request instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : null;
    }

    /** The idempotency key of the request that caused the event, or null. */
    public String getRequestIdempotencyKey() {
        return path(REQUEST.name(), "idempotency_key") instanceof String key ? key : null;
    }

    /** {@code data}: the object as it was when the event happened, and what an update changed. */
    public static class Data extends StripeJsonObject {

        static final Field<StripeObject> OBJECT = Field.object("object",
                fields -> modelOf(fields.get("object") instanceof String type ? type : null));
        static final Field<Map<String, Object>> PREVIOUS_ATTRIBUTES = Field.map("previous_attributes");

        /** The resource, as one of the models when its type has one, else an {@link UntypedStripeObject}. */
        public StripeObject getObject() {
            return get(OBJECT);
        }

        /**
         * For an {@code *.updated} event, the changed fields with the values they had before (nested objects as
         * maps); null for other events.
         */
        public Map<String, Object> getPreviousAttributes() {
            return get(PREVIOUS_ATTRIBUTES);
        }
    }
}
