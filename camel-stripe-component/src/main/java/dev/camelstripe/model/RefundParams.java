package dev.camelstripe.model;

/**
 * The body of "create refund" and "update refund": {@code new RefundParams().paymentIntent("pi_123").amount(500L)}.
 * A refund is of a charge or of a payment intent: give one of the two; without {@code amount} the whole remaining
 * amount is refunded. An update changes only {@code metadata}.
 */
public class RefundParams extends StripeParams<RefundParams> implements Params.Amount<RefundParams>,
        Params.Currency<RefundParams>, Params.Customer<RefundParams>, Params.Metadata<RefundParams> {

    public static final Field<String> CHARGE = Field.string("charge");
    public static final Field<String> INSTRUCTIONS_EMAIL = Field.string("instructions_email");
    public static final Field<String> ORIGIN = Field.oneOf("origin", "customer_balance");
    public static final Field<String> PAYMENT_INTENT = Field.string("payment_intent");
    public static final Field<String> REASON =
            Field.oneOf("reason", "duplicate", "fraudulent", "requested_by_customer");
    public static final Field<Boolean> REFUND_APPLICATION_FEE = Field.bool("refund_application_fee");
    public static final Field<Boolean> REVERSE_TRANSFER = Field.bool("reverse_transfer");

    public RefundParams charge(String charge) {
        return param(CHARGE, charge);
    }

    public RefundParams instructionsEmail(String instructionsEmail) {
        return param(INSTRUCTIONS_EMAIL, instructionsEmail);
    }

    public RefundParams origin(String origin) {
        return param(ORIGIN, origin);
    }

    public RefundParams paymentIntent(String paymentIntent) {
        return param(PAYMENT_INTENT, paymentIntent);
    }

    public RefundParams reason(String reason) {
        return param(REASON, reason);
    }

    public RefundParams refundApplicationFee(Boolean refundApplicationFee) {
        return param(REFUND_APPLICATION_FEE, refundApplicationFee);
    }

    public RefundParams reverseTransfer(Boolean reverseTransfer) {
        return param(REVERSE_TRANSFER, reverseTransfer);
    }
}
