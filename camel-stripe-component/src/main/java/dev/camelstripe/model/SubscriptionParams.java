package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of "create subscription" and "update subscription": {@code new
 * SubscriptionParams().customer("cus_123").items(List.of(Map.of("price", "price_123")))}. {@code createSubscription}
 * needs {@code customer} and {@code items}.
 */
public class SubscriptionParams extends StripeParams<SubscriptionParams> implements Params.Currency<SubscriptionParams>,
        Params.Customer<SubscriptionParams>, Params.Description<SubscriptionParams>,
        Params.Metadata<SubscriptionParams> {

    public static final Field<List<Object>> ADD_INVOICE_ITEMS = Field.list("add_invoice_items");
    public static final Field<Map<String, Object>> AUTOMATIC_TAX = Field.map("automatic_tax");
    public static final Field<Instant> BILLING_CYCLE_ANCHOR = Field.instant("billing_cycle_anchor");
    public static final Field<Instant> CANCEL_AT = Field.instant("cancel_at");
    public static final Field<Boolean> CANCEL_AT_PERIOD_END = Field.bool("cancel_at_period_end");
    public static final Field<String> COLLECTION_METHOD =
            Field.oneOf("collection_method", "charge_automatically", "send_invoice");
    public static final Field<Long> DAYS_UNTIL_DUE = Field.integer("days_until_due");
    public static final Field<String> DEFAULT_PAYMENT_METHOD = Field.string("default_payment_method");
    public static final Field<List<String>> DEFAULT_TAX_RATES =
            Field.strings("default_tax_rates").checked(ParamRule.LIST);
    public static final Field<List<Object>> DISCOUNTS = Field.list("discounts");
    public static final Field<List<Object>> ITEMS = Field.list("items");
    public static final Field<Boolean> OFF_SESSION = Field.bool("off_session");
    public static final Field<Map<String, Object>> PAUSE_COLLECTION = Field.map("pause_collection");
    public static final Field<String> PAYMENT_BEHAVIOR =
            Field.oneOf("payment_behavior", "allow_incomplete", "default_incomplete", "error_if_incomplete",
                    "pending_if_incomplete");
    public static final Field<Map<String, Object>> PAYMENT_SETTINGS = Field.map("payment_settings");
    public static final Field<String> PRORATION_BEHAVIOR =
            Field.oneOf("proration_behavior", "always_invoice", "create_prorations", "none");
    public static final Field<Instant> TRIAL_END = Field.instant("trial_end");
    public static final Field<Long> TRIAL_PERIOD_DAYS = Field.integer("trial_period_days");
    public static final Field<Map<String, Object>> TRIAL_SETTINGS = Field.map("trial_settings");

    public SubscriptionParams addInvoiceItems(List<Object> addInvoiceItems) {
        return param(ADD_INVOICE_ITEMS, addInvoiceItems);
    }

    public SubscriptionParams automaticTax(Map<String, Object> automaticTax) {
        return param(AUTOMATIC_TAX, automaticTax);
    }

    public SubscriptionParams billingCycleAnchor(Instant billingCycleAnchor) {
        return param(BILLING_CYCLE_ANCHOR, billingCycleAnchor);
    }

    public SubscriptionParams cancelAt(Instant cancelAt) {
        return param(CANCEL_AT, cancelAt);
    }

    public SubscriptionParams cancelAtPeriodEnd(Boolean cancelAtPeriodEnd) {
        return param(CANCEL_AT_PERIOD_END, cancelAtPeriodEnd);
    }

    public SubscriptionParams collectionMethod(String collectionMethod) {
        return param(COLLECTION_METHOD, collectionMethod);
    }

    public SubscriptionParams daysUntilDue(Long daysUntilDue) {
        return param(DAYS_UNTIL_DUE, daysUntilDue);
    }

    public SubscriptionParams defaultPaymentMethod(String defaultPaymentMethod) {
        return param(DEFAULT_PAYMENT_METHOD, defaultPaymentMethod);
    }

    public SubscriptionParams defaultTaxRates(List<String> defaultTaxRates) {
        return param(DEFAULT_TAX_RATES, defaultTaxRates);
    }

    public SubscriptionParams discounts(List<Object> discounts) {
        return param(DISCOUNTS, discounts);
    }

    /** The prices to subscribe to, each a map such as {@code {"price": "price_123", "quantity": 2}}. */
    public SubscriptionParams items(List<Object> items) {
        return param(ITEMS, items);
    }

    public SubscriptionParams offSession(Boolean offSession) {
        return param(OFF_SESSION, offSession);
    }

    public SubscriptionParams pauseCollection(Map<String, Object> pauseCollection) {
        return param(PAUSE_COLLECTION, pauseCollection);
    }

    public SubscriptionParams paymentBehavior(String paymentBehavior) {
        return param(PAYMENT_BEHAVIOR, paymentBehavior);
    }

    public SubscriptionParams paymentSettings(Map<String, Object> paymentSettings) {
        return param(PAYMENT_SETTINGS, paymentSettings);
    }

    public SubscriptionParams prorationBehavior(String prorationBehavior) {
        return param(PRORATION_BEHAVIOR, prorationBehavior);
    }

    public SubscriptionParams trialEnd(Instant trialEnd) {
        return param(TRIAL_END, trialEnd);
    }

    public SubscriptionParams trialPeriodDays(Long trialPeriodDays) {
        return param(TRIAL_PERIOD_DAYS, trialPeriodDays);
    }

    public SubscriptionParams trialSettings(Map<String, Object> trialSettings) {
        return param(TRIAL_SETTINGS, trialSettings);
    }
}
