package dev.camelstripe.client;


/**
 * A trigger is stuck on one object: its delivery failed {@code deliveryFailureThreshold} times in a row, and the
 * objects after it wait (delivery is in order and at least once). The poll fails with this exception, so the
 * consumer's health check is DOWN naming the object; the cause is the route's last failure. Fix the route, or move
 * the object aside with a dead-letter channel (docs/triggers.md).
 */
public class StripeTriggerStalledException extends StripeException {

    private final String objectId;
    private final int attempts;

    public StripeTriggerStalledException(String trigger, String objectId, int attempts, Throwable lastCause) {
        super("stripe:" + trigger + " is stalled on " + objectId + ": its delivery failed " + attempts
              + " times in a row (last cause: " + describe(lastCause) + "). The objects after it wait until it is"
              + " delivered: fix the route, or move the object aside with a dead-letter channel or"
              + " onException(...).handled(true)", lastCause);
        this.objectId = objectId;
        this.attempts = attempts;
    }

    /** The id of the Stripe object that cannot be delivered. */
    public String getObjectId() {
        return objectId;
    }

    /** How many deliveries of it failed in a row. */
    public int getAttempts() {
        return attempts;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
