package dev.camelstripe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A subscription ({@code object: "subscription"}): a customer charged on a recurring basis. Fields as Stripe
 * documents them for API version 2025-02-24.acacia; from 2025-03-31.basil on, {@code current_period_start} and
 * {@code current_period_end} are sent on each item instead (read them from {@link #getItems()}). Fields this class
 * does not name (and any Stripe adds later) are kept as unknown fields.
 */
public class Subscription extends StripeObject implements Has.Created, Has.Currency, Has.CustomerReference,
        Has.Description, Has.Livemode, Has.Metadata, Has.Status {

    /** {@link #getStatus()} values. */
    public static final String STATUS_INCOMPLETE = "incomplete";
    public static final String STATUS_INCOMPLETE_EXPIRED = "incomplete_expired";
    public static final String STATUS_TRIALING = "trialing";
    public static final String STATUS_ACTIVE = "active";
    public static final String STATUS_PAST_DUE = "past_due";
    public static final String STATUS_CANCELED = "canceled";
    public static final String STATUS_UNPAID = "unpaid";
    public static final String STATUS_PAUSED = "paused";

    public static final Field<String> APPLICATION = Field.string("application");
    public static final Field<BigDecimal> APPLICATION_FEE_PERCENT = Field.decimal("application_fee_percent");
    public static final Field<Map<String, Object>> AUTOMATIC_TAX = Field.map("automatic_tax");
    public static final Field<Instant> BILLING_CYCLE_ANCHOR = Field.instant("billing_cycle_anchor");
    public static final Field<Map<String, Object>> BILLING_CYCLE_ANCHOR_CONFIG =
            Field.map("billing_cycle_anchor_config");
    public static final Field<Map<String, Object>> BILLING_THRESHOLDS = Field.map("billing_thresholds");
    public static final Field<Instant> CANCEL_AT = Field.instant("cancel_at");
    public static final Field<Boolean> CANCEL_AT_PERIOD_END = Field.bool("cancel_at_period_end");
    public static final Field<Instant> CANCELED_AT = Field.instant("canceled_at");
    public static final Field<Map<String, Object>> CANCELLATION_DETAILS = Field.map("cancellation_details");
    public static final Field<String> COLLECTION_METHOD = Field.string("collection_method");
    public static final Field<Instant> CURRENT_PERIOD_END = Field.instant("current_period_end");
    public static final Field<Instant> CURRENT_PERIOD_START = Field.instant("current_period_start");
    public static final Field<Long> DAYS_UNTIL_DUE = Field.integer("days_until_due");
    public static final Field<Expandable<PaymentMethod>> DEFAULT_PAYMENT_METHOD =
            Field.expandable("default_payment_method", PaymentMethod.class);
    public static final Field<String> DEFAULT_SOURCE = Field.string("default_source");
    public static final Field<List<Object>> DEFAULT_TAX_RATES = Field.list("default_tax_rates");
    public static final Field<List<Object>> DISCOUNTS = Field.list("discounts");
    public static final Field<Instant> ENDED_AT = Field.instant("ended_at");
    public static final Field<Map<String, Object>> INVOICE_SETTINGS = Field.map("invoice_settings");
    public static final Field<Map<String, Object>> ITEMS = Field.map("items");
    public static final Field<Expandable<Invoice>> LATEST_INVOICE = Field.expandable("latest_invoice", Invoice.class);
    public static final Field<Instant> NEXT_PENDING_INVOICE_ITEM_INVOICE =
            Field.instant("next_pending_invoice_item_invoice");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<Map<String, Object>> PAUSE_COLLECTION = Field.map("pause_collection");
    public static final Field<Map<String, Object>> PAYMENT_SETTINGS = Field.map("payment_settings");
    public static final Field<Map<String, Object>> PENDING_INVOICE_ITEM_INTERVAL =
            Field.map("pending_invoice_item_interval");
    public static final Field<String> PENDING_SETUP_INTENT = Field.string("pending_setup_intent");
    public static final Field<Map<String, Object>> PENDING_UPDATE = Field.map("pending_update");
    public static final Field<String> SCHEDULE = Field.string("schedule");
    public static final Field<Instant> START_DATE = Field.instant("start_date");
    public static final Field<String> TEST_CLOCK = Field.string("test_clock");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");
    public static final Field<Instant> TRIAL_END = Field.instant("trial_end");
    public static final Field<Map<String, Object>> TRIAL_SETTINGS = Field.map("trial_settings");
    public static final Field<Instant> TRIAL_START = Field.instant("trial_start");

    public String getApplication() {
        return get(APPLICATION);
    }

    public BigDecimal getApplicationFeePercent() {
        return get(APPLICATION_FEE_PERCENT);
    }

    public Map<String, Object> getAutomaticTax() {
        return get(AUTOMATIC_TAX);
    }

    public Instant getBillingCycleAnchor() {
        return get(BILLING_CYCLE_ANCHOR);
    }

    public Map<String, Object> getBillingCycleAnchorConfig() {
        return get(BILLING_CYCLE_ANCHOR_CONFIG);
    }

    public Map<String, Object> getBillingThresholds() {
        return get(BILLING_THRESHOLDS);
    }

    public Instant getCancelAt() {
        return get(CANCEL_AT);
    }

    public Boolean getCancelAtPeriodEnd() {
        return get(CANCEL_AT_PERIOD_END);
    }

    public Instant getCanceledAt() {
        return get(CANCELED_AT);
    }

    public Map<String, Object> getCancellationDetails() {
        return get(CANCELLATION_DETAILS);
    }

    /** {@code charge_automatically} or {@code send_invoice}. */
    public String getCollectionMethod() {
        return get(COLLECTION_METHOD);
    }

    public Instant getCurrentPeriodEnd() {
        return get(CURRENT_PERIOD_END);
    }

    public Instant getCurrentPeriodStart() {
        return get(CURRENT_PERIOD_START);
    }

    public Long getDaysUntilDue() {
        return get(DAYS_UNTIL_DUE);
    }

    /** The default payment method id, or null. */
    public String getDefaultPaymentMethod() {
        return Expandable.idOf(get(DEFAULT_PAYMENT_METHOD));
    }

    public Expandable<PaymentMethod> getDefaultPaymentMethodExpandable() {
        return get(DEFAULT_PAYMENT_METHOD);
    }

    public String getDefaultSource() {
        return get(DEFAULT_SOURCE);
    }

    public List<Object> getDefaultTaxRates() {
        return get(DEFAULT_TAX_RATES);
    }

    public List<Object> getDiscounts() {
        return get(DISCOUNTS);
    }

    public Instant getEndedAt() {
        return get(ENDED_AT);
    }

    public Map<String, Object> getInvoiceSettings() {
        return get(INVOICE_SETTINGS);
    }

    /** The subscription items: a Stripe list ({@code data}, {@code has_more}) of prices and quantities. */
    public Map<String, Object> getItems() {
        return get(ITEMS);
    }

    /** The latest invoice id, or null. */
    public String getLatestInvoice() {
        return Expandable.idOf(get(LATEST_INVOICE));
    }

    public Expandable<Invoice> getLatestInvoiceExpandable() {
        return get(LATEST_INVOICE);
    }

    public Instant getNextPendingInvoiceItemInvoice() {
        return get(NEXT_PENDING_INVOICE_ITEM_INVOICE);
    }

    public String getOnBehalfOf() {
        return get(ON_BEHALF_OF);
    }

    public Map<String, Object> getPauseCollection() {
        return get(PAUSE_COLLECTION);
    }

    public Map<String, Object> getPaymentSettings() {
        return get(PAYMENT_SETTINGS);
    }

    public Map<String, Object> getPendingInvoiceItemInterval() {
        return get(PENDING_INVOICE_ITEM_INTERVAL);
    }

    public String getPendingSetupIntent() {
        return get(PENDING_SETUP_INTENT);
    }

    public Map<String, Object> getPendingUpdate() {
        return get(PENDING_UPDATE);
    }

    public String getSchedule() {
        return get(SCHEDULE);
    }

    public Instant getStartDate() {
        return get(START_DATE);
    }

    public String getTestClock() {
        return get(TEST_CLOCK);
    }

    public Map<String, Object> getTransferData() {
        return get(TRANSFER_DATA);
    }

    public Instant getTrialEnd() {
        return get(TRIAL_END);
    }

    public Map<String, Object> getTrialSettings() {
        return get(TRIAL_SETTINGS);
    }

    public Instant getTrialStart() {
        return get(TRIAL_START);
    }
}
