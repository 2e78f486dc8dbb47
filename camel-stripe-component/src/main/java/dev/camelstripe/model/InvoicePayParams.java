package dev.camelstripe.model;

/**
 * The body of "pay invoice": all optional.
 */
public class InvoicePayParams extends StripeParams<InvoicePayParams> implements Params.PaymentMethod<InvoicePayParams> {

    public static final Field<Boolean> FORGIVE = Field.bool("forgive");
    public static final Field<String> MANDATE = Field.string("mandate");
    public static final Field<Boolean> OFF_SESSION = Field.bool("off_session");
    public static final Field<Boolean> PAID_OUT_OF_BAND = Field.bool("paid_out_of_band");
    public static final Field<String> SOURCE = Field.string("source");

    public InvoicePayParams forgive(Boolean forgive) {
        return param(FORGIVE, forgive);
    }

    public InvoicePayParams mandate(String mandate) {
        return param(MANDATE, mandate);
    }

    public InvoicePayParams offSession(Boolean offSession) {
        return param(OFF_SESSION, offSession);
    }

    /** True to mark it paid outside Stripe: no payment is attempted. */
    public InvoicePayParams paidOutOfBand(Boolean paidOutOfBand) {
        return param(PAID_OUT_OF_BAND, paidOutOfBand);
    }

    public InvoicePayParams source(String source) {
        return param(SOURCE, source);
    }
}
