package dev.camelstripe.model;

/**
 * The body of "cancel payment intent": why, optionally.
 */
public class PaymentIntentCancelParams extends StripeParams<PaymentIntentCancelParams> {

    public static final Field<String> CANCELLATION_REASON =
            Field.oneOf("cancellation_reason", "duplicate", "fraudulent", "requested_by_customer", "abandoned");

    public PaymentIntentCancelParams cancellationReason(String cancellationReason) {
        return param(CANCELLATION_REASON, cancellationReason);
    }
}
