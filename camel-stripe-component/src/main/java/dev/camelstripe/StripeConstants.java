package dev.camelstripe;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the {@code stripe:} component. A header that steers a call steers the one step that reads
 * it: what an action writes as output is remembered, so that it never redirects a later step (docs/actions.md, "Input:
 * headers").
 */
public final class StripeConstants {

    @Metadata(label = "producer", description = "Runs this action instead of the endpoint's, for the one step that"
                                                + " reads it: it is removed from the message once that call"
                                                + " succeeded (a failed call leaves it, for a redelivery). An unknown"
                                                + " name or a trigger fails before sending.",
              javaType = "String")
    public static final String OPERATION = "CamelStripeOperation";

    @Metadata(description = "The id of the Stripe object. Producer input for the actions that address one object (a"
                            + " path with {id}) when the body names none; when the body names another id than a"
                            + " header the route or a trigger set, the call fails before sending, and the id an"
                            + " earlier action wrote never steers a later step. Set on every output message.",
              javaType = "String")
    public static final String OBJECT_ID = "CamelStripeObjectId";

    @Metadata(label = "producer", description = "The Idempotency-Key of a POST. As input, set by the route, it is sent"
                                                + " as is by the next POST step; otherwise each step makes a key of"
                                                + " its own, which a Camel redelivery of that step reuses. Set on the"
                                                + " output of every POST; that output is not the input of a later"
                                                + " step.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelStripeIdempotencyKey";

    @Metadata(label = "producer", description = "After a POST: true when Stripe answered with the result it stored for"
                                                + " the idempotency key (Idempotent-Replayed), i.e. the call had been"
                                                + " made before and nothing was done again.",
              javaType = "Boolean")
    public static final String IDEMPOTENT_REPLAYED = "CamelStripeIdempotentReplayed";

    @Metadata(label = "producer", description = "The Request-Id Stripe gave the call: quote it to Stripe support.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelStripeRequestId";

    @Metadata(label = "consumer", description = "When the delivered object was created in Stripe.",
              javaType = "java.time.Instant")
    public static final String CREATED = "CamelStripeCreated";

    @Metadata(label = "consumer", description = "The Stripe object type of the delivered object, e.g. customer or"
                                                + " charge.",
              javaType = "String")
    public static final String OBJECT_TYPE = "CamelStripeObjectType";

    @Metadata(label = "consumer", description = "The id of the Stripe event (evt_...) that stripe:webhook or"
                                                + " stripe:events delivers; CamelStripeObjectId is then the id of"
                                                + " the object it is about (data.object).",
              javaType = "String")
    public static final String EVENT_ID = "CamelStripeEventId";

    @Metadata(label = "consumer", description = "The type of the Stripe event that stripe:webhook or stripe:events"
                                                + " delivers, e.g. customer.created or charge.succeeded.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelStripeEventType";

    @Metadata(label = "producer", description = "For stripe:request: the HTTP method of the call (GET, POST or"
                                                + " DELETE), instead of the endpoint's method option, for the one"
                                                + " step that reads it: it is removed once that call succeeded.",
              javaType = "String")
    public static final String METHOD = "CamelStripeMethod";

    @Metadata(label = "producer", description = "For stripe:request: the path of the call (/v1/... or /v2/..., {id}"
                                                + " for the object id), instead of the endpoint's path option, for"
                                                + " the one step that reads it: it is removed once that call"
                                                + " succeeded. An unsafe path fails before sending.",
              javaType = "String")
    public static final String PATH = "CamelStripePath";

    @Metadata(label = "producer", description = "After a list or search action without autoPaginate: whether more"
                                                + " objects follow this page (Stripe's has_more).",
              javaType = "Boolean")
    public static final String HAS_MORE = "CamelStripeHasMore";

    @Metadata(label = "producer", description = "After a list action without autoPaginate: the id of the page's last"
                                                + " object, to send as starting_after for the next page; null for an"
                                                + " empty page.",
              javaType = "String")
    public static final String LAST_ID = "CamelStripeLastId";

    @Metadata(label = "producer", description = "After a search action without autoPaginate: Stripe's next_page"
                                                + " token, to send as page for the next page; null on the last page.",
              javaType = "String")
    public static final String NEXT_PAGE = "CamelStripeNextPage";

    @Metadata(label = "producer", description = "After a search action without autoPaginate: Stripe's total_count"
                                                + " of matching objects, when the answer carried one.",
              javaType = "Long")
    public static final String TOTAL_COUNT = "CamelStripeTotalCount";

    private StripeConstants() {
    }
}
