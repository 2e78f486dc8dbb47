package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "update payment method": billing details, metadata, a card's expiry.
 */
public class PaymentMethodParams extends StripeParams<PaymentMethodParams> implements
        Params.Metadata<PaymentMethodParams> {

    public static final Field<String> ALLOW_REDISPLAY =
            Field.oneOf("allow_redisplay", "always", "limited", "unspecified");
    public static final Field<Map<String, Object>> BILLING_DETAILS = Field.map("billing_details");
    public static final Field<Map<String, Object>> CARD = Field.map("card");
    public static final Field<Map<String, Object>> LINK = Field.map("link");
    public static final Field<Map<String, Object>> US_BANK_ACCOUNT = Field.map("us_bank_account");

    public PaymentMethodParams allowRedisplay(String allowRedisplay) {
        return param(ALLOW_REDISPLAY, allowRedisplay);
    }

    public PaymentMethodParams billingDetails(Map<String, Object> billingDetails) {
        return param(BILLING_DETAILS, billingDetails);
    }

    /** {@code exp_month} and {@code exp_year} of a card. */
    public PaymentMethodParams card(Map<String, Object> card) {
        return param(CARD, card);
    }

    public PaymentMethodParams link(Map<String, Object> link) {
        return param(LINK, link);
    }

    public PaymentMethodParams usBankAccount(Map<String, Object> usBankAccount) {
        return param(US_BANK_ACCOUNT, usBankAccount);
    }
}
