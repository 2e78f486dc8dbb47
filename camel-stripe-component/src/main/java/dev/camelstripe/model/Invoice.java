package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An invoice ({@code object: "invoice"}): what a customer owes, one-off or from a subscription. Fields as Stripe
 * documents them for API version 2025-02-24.acacia; from 2025-03-31.basil on, {@code charge}, {@code
 * payment_intent}, {@code paid} and {@code subscription} moved ({@code GET /v1/invoice_payments}, {@code
 * parent.subscription_details}) and their getters answer null. A deleted draft arrives as {@code
 * {"id":"in_1","object":"invoice","deleted":true}}. Fields this class does not name (and any Stripe adds later) are
 * kept as unknown fields.
 */
public class Invoice extends StripeObject implements Has.ChargeReference, Has.Created, Has.Currency,
        Has.CustomerReference, Has.Deleted, Has.Description, Has.Livemode, Has.Metadata, Has.PaymentIntentReference,
        Has.Status, Has.SubscriptionReference {

    /** {@link #getStatus()} values. */
    public static final String STATUS_DRAFT = "draft";
    public static final String STATUS_OPEN = "open";
    public static final String STATUS_PAID = "paid";
    public static final String STATUS_UNCOLLECTIBLE = "uncollectible";
    public static final String STATUS_VOID = "void";

    public static final Field<String> ACCOUNT_COUNTRY = Field.string("account_country");
    public static final Field<String> ACCOUNT_NAME = Field.string("account_name");
    public static final Field<Long> AMOUNT_DUE = Field.integer("amount_due");
    public static final Field<Long> AMOUNT_PAID = Field.integer("amount_paid");
    public static final Field<Long> AMOUNT_REMAINING = Field.integer("amount_remaining");
    public static final Field<Long> AMOUNT_SHIPPING = Field.integer("amount_shipping");
    public static final Field<String> APPLICATION = Field.string("application");
    public static final Field<Long> ATTEMPT_COUNT = Field.integer("attempt_count");
    public static final Field<Boolean> ATTEMPTED = Field.bool("attempted");
    public static final Field<Boolean> AUTO_ADVANCE = Field.bool("auto_advance");
    public static final Field<Map<String, Object>> AUTOMATIC_TAX = Field.map("automatic_tax");
    public static final Field<String> BILLING_REASON = Field.string("billing_reason");
    public static final Field<String> COLLECTION_METHOD = Field.string("collection_method");
    public static final Field<Map<String, Object>> CUSTOMER_ADDRESS = Field.map("customer_address");
    public static final Field<String> CUSTOMER_EMAIL = Field.string("customer_email");
    public static final Field<String> CUSTOMER_NAME = Field.string("customer_name");
    public static final Field<String> CUSTOMER_PHONE = Field.string("customer_phone");
    public static final Field<Map<String, Object>> CUSTOMER_SHIPPING = Field.map("customer_shipping");
    public static final Field<String> CUSTOMER_TAX_EXEMPT = Field.string("customer_tax_exempt");
    public static final Field<Expandable<PaymentMethod>> DEFAULT_PAYMENT_METHOD =
            Field.expandable("default_payment_method", PaymentMethod.class);
    public static final Field<List<Object>> DISCOUNTS = Field.list("discounts");
    public static final Field<Instant> DUE_DATE = Field.instant("due_date");
    public static final Field<Instant> EFFECTIVE_AT = Field.instant("effective_at");
    public static final Field<Long> ENDING_BALANCE = Field.integer("ending_balance");
    public static final Field<String> FOOTER = Field.string("footer");
    public static final Field<String> HOSTED_INVOICE_URL = Field.string("hosted_invoice_url");
    public static final Field<String> INVOICE_PDF = Field.string("invoice_pdf");
    public static final Field<Map<String, Object>> LAST_FINALIZATION_ERROR = Field.map("last_finalization_error");
    public static final Field<String> LATEST_REVISION = Field.string("latest_revision");
    public static final Field<Map<String, Object>> LINES = Field.map("lines");
    public static final Field<Instant> NEXT_PAYMENT_ATTEMPT = Field.instant("next_payment_attempt");
    public static final Field<String> NUMBER = Field.string("number");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<Boolean> PAID = Field.bool("paid");
    public static final Field<Boolean> PAID_OUT_OF_BAND = Field.bool("paid_out_of_band");
    public static final Field<Map<String, Object>> PAYMENT_SETTINGS = Field.map("payment_settings");
    public static final Field<Instant> PERIOD_END = Field.instant("period_end");
    public static final Field<Instant> PERIOD_START = Field.instant("period_start");
    public static final Field<String> RECEIPT_NUMBER = Field.string("receipt_number");
    public static final Field<Long> STARTING_BALANCE = Field.integer("starting_balance");
    public static final Field<String> STATEMENT_DESCRIPTOR = Field.string("statement_descriptor");
    public static final Field<Map<String, Object>> STATUS_TRANSITIONS = Field.map("status_transitions");
    public static final Field<Long> SUBTOTAL = Field.integer("subtotal");
    public static final Field<Long> TAX = Field.integer("tax");
    public static final Field<Long> TOTAL = Field.integer("total");
    public static final Field<Instant> WEBHOOKS_DELIVERED_AT = Field.instant("webhooks_delivered_at");

    public String getAccountCountry() {
        return get(ACCOUNT_COUNTRY);
    }

    public String getAccountName() {
        return get(ACCOUNT_NAME);
    }

    public Long getAmountDue() {
        return get(AMOUNT_DUE);
    }

    public Long getAmountPaid() {
        return get(AMOUNT_PAID);
    }

    public Long getAmountRemaining() {
        return get(AMOUNT_REMAINING);
    }

    public Long getAmountShipping() {
        return get(AMOUNT_SHIPPING);
    }

    public String getApplication() {
        return get(APPLICATION);
    }

    public Long getAttemptCount() {
        return get(ATTEMPT_COUNT);
    }

    public Boolean getAttempted() {
        return get(ATTEMPTED);
    }

    public Boolean getAutoAdvance() {
        return get(AUTO_ADVANCE);
    }

    public Map<String, Object> getAutomaticTax() {
        return get(AUTOMATIC_TAX);
    }

    public String getBillingReason() {
        return get(BILLING_REASON);
    }

    public String getCollectionMethod() {
        return get(COLLECTION_METHOD);
    }

    public Map<String, Object> getCustomerAddress() {
        return get(CUSTOMER_ADDRESS);
    }

    public String getCustomerEmail() {
        return get(CUSTOMER_EMAIL);
    }

    public String getCustomerName() {
        return get(CUSTOMER_NAME);
    }

    public String getCustomerPhone() {
        return get(CUSTOMER_PHONE);
    }

    public Map<String, Object> getCustomerShipping() {
        return get(CUSTOMER_SHIPPING);
    }

    public String getCustomerTaxExempt() {
        return get(CUSTOMER_TAX_EXEMPT);
    }

    /** The default payment method id, or null. */
    public String getDefaultPaymentMethod() {
        return Expandable.idOf(get(DEFAULT_PAYMENT_METHOD));
    }

    public Expandable<PaymentMethod> getDefaultPaymentMethodExpandable() {
        return get(DEFAULT_PAYMENT_METHOD);
    }

    public List<Object> getDiscounts() {
        return get(DISCOUNTS);
    }

    public Instant getDueDate() {
        return get(DUE_DATE);
    }

    public Instant getEffectiveAt() {
        return get(EFFECTIVE_AT);
    }

    public Long getEndingBalance() {
        return get(ENDING_BALANCE);
    }

    public String getFooter() {
        return get(FOOTER);
    }

    public String getHostedInvoiceUrl() {
        return get(HOSTED_INVOICE_URL);
    }

    public String getInvoicePdf() {
        return get(INVOICE_PDF);
    }

    public Map<String, Object> getLastFinalizationError() {
        return get(LAST_FINALIZATION_ERROR);
    }

    public String getLatestRevision() {
        return get(LATEST_REVISION);
    }

    /** The invoice lines: a Stripe list ({@code data}, {@code has_more}). */
    public Map<String, Object> getLines() {
        return get(LINES);
    }

    public Instant getNextPaymentAttempt() {
        return get(NEXT_PAYMENT_ATTEMPT);
    }

    public String getNumber() {
        return get(NUMBER);
    }

    public String getOnBehalfOf() {
        return get(ON_BEHALF_OF);
    }

    public Boolean getPaid() {
        return get(PAID);
    }

    public Boolean getPaidOutOfBand() {
        return get(PAID_OUT_OF_BAND);
    }

    public Map<String, Object> getPaymentSettings() {
        return get(PAYMENT_SETTINGS);
    }

    public Instant getPeriodEnd() {
        return get(PERIOD_END);
    }

    public Instant getPeriodStart() {
        return get(PERIOD_START);
    }

    public String getReceiptNumber() {
        return get(RECEIPT_NUMBER);
    }

    public Long getStartingBalance() {
        return get(STARTING_BALANCE);
    }

    public String getStatementDescriptor() {
        return get(STATEMENT_DESCRIPTOR);
    }

    public Map<String, Object> getStatusTransitions() {
        return get(STATUS_TRANSITIONS);
    }

    public Long getSubtotal() {
        return get(SUBTOTAL);
    }

    public Long getTax() {
        return get(TAX);
    }

    public Long getTotal() {
        return get(TOTAL);
    }

    public Instant getWebhooksDeliveredAt() {
        return get(WEBHOOKS_DELIVERED_AT);
    }
}
