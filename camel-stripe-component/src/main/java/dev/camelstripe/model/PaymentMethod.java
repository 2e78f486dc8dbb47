package dev.camelstripe.model;

import java.util.Map;

/**
 * A payment method ({@code object: "payment_method"}): a card, bank account or wallet a customer pays with. The
 * details of its {@link #getType() type} are in the field of that name ({@link #getCard()} for {@code card}; any
 * other type, such as {@code sepa_debit}, as an unknown field of that name). Fields this class does not name (and
 * any Stripe adds later) are kept as unknown fields.
 */
public class PaymentMethod extends StripeObject implements Has.Created, Has.CustomerReference, Has.Livemode,
        Has.Metadata {

    /** {@link #getType()} values. */
    public static final String TYPE_CARD = "card";
    public static final String TYPE_US_BANK_ACCOUNT = "us_bank_account";
    public static final String TYPE_SEPA_DEBIT = "sepa_debit";
    public static final String TYPE_LINK = "link";

    public static final Field<String> ALLOW_REDISPLAY = Field.string("allow_redisplay");
    public static final Field<Map<String, Object>> BILLING_DETAILS = Field.map("billing_details");
    public static final Field<Map<String, Object>> CARD = Field.map("card");
    public static final Field<Map<String, Object>> RADAR_OPTIONS = Field.map("radar_options");
    public static final Field<String> TYPE = Field.string("type");

    /** {@code always}, {@code limited} or {@code unspecified}. */
    public String getAllowRedisplay() {
        return get(ALLOW_REDISPLAY);
    }

    public Map<String, Object> getBillingDetails() {
        return get(BILLING_DETAILS);
    }

    /** Brand, last four digits, expiry and checks of a {@code card} payment method. */
    public Map<String, Object> getCard() {
        return get(CARD);
    }

    public Map<String, Object> getRadarOptions() {
        return get(RADAR_OPTIONS);
    }

    /** The kind of payment method, for example {@code card}: the name of the field holding its details. */
    public String getType() {
        return get(TYPE);
    }
}
