package dev.camelstripe.producer;

import java.io.Serializable;

import org.apache.camel.Exchange;

/**
 * What the last stripe action wrote in the message's {@code CamelStripeObjectId} and {@code CamelStripeIdempotencyKey}
 * headers, kept on the exchange (property {@value #PROPERTY}). A later step that finds those very values in the
 * headers knows they describe a past result: they steer nothing. Any other value was set by the route (or by a
 * trigger) and is input.
 *
 * @param objectId       the id of the object the action returned
 * @param objectNoun     what that object is, e.g. "customer"
 * @param idempotencyKey the key the action sent, or {@code null} for a GET
 */
record StepOutput(String objectId, String objectNoun, String idempotencyKey) implements Serializable {

    static final String PROPERTY = "CamelStripeStepOutput";
    static final StepOutput NONE = new StepOutput(null, null, null);

    static StepOutput of(Exchange exchange) {
        return exchange.getProperty(PROPERTY) instanceof StepOutput output ? output : NONE;
    }

    void writeTo(Exchange exchange) {
        exchange.setProperty(PROPERTY, this);
    }

    /** Whether a header value is the object id an earlier action wrote. */
    boolean wroteObjectId(Object header) {
        return objectId != null && objectId.equals(header);
    }

    /** Whether a header value is the idempotency key an earlier action wrote. */
    boolean wroteKey(Object header) {
        return idempotencyKey != null && idempotencyKey.equals(header);
    }
}
