package dev.camelstripe;

import org.apache.camel.spi.Metadata;

/** The message headers of the {@code stripe:} component. */
public final class StripeConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message:"
                                                + " one of the actions createProduct, updateProduct, createCustomer,"
                                                + " getCustomer, updateCustomer.",
              javaType = "String")
    public static final String OPERATION = "CamelStripeOperation";

    @Metadata(description = "The id of the Stripe object. Producer input for updateProduct, getCustomer and"
                            + " updateCustomer (wins over an id in the body); set on every output message.",
              javaType = "String")
    public static final String OBJECT_ID = "CamelStripeObjectId";

    @Metadata(label = "producer", description = "The Idempotency-Key sent with a POST. As input it is used as is; when"
                                                + " absent one is derived from the exchange so a Camel redelivery"
                                                + " reuses it. Set on the output of every POST.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelStripeIdempotencyKey";

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

    private StripeConstants() {
    }
}
