package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of "create invoice" and "update invoice": {@code new
 * InvoiceParams().customer("cus_123").collectionMethod("send_invoice").daysUntilDue(30L)}. A new invoice is a draft;
 * add its lines as invoice items, then finalize it.
 */
public class InvoiceParams extends StripeParams<InvoiceParams> implements Params.Currency<InvoiceParams>,
        Params.Customer<InvoiceParams>, Params.Description<InvoiceParams>, Params.Metadata<InvoiceParams>,
        Params.StatementDescriptor<InvoiceParams> {

    public static final Field<Boolean> AUTO_ADVANCE = Field.bool("auto_advance");
    public static final Field<Map<String, Object>> AUTOMATIC_TAX = Field.map("automatic_tax");
    public static final Field<String> COLLECTION_METHOD =
            Field.oneOf("collection_method", "charge_automatically", "send_invoice");
    public static final Field<List<Object>> CUSTOM_FIELDS = Field.list("custom_fields");
    public static final Field<Long> DAYS_UNTIL_DUE = Field.integer("days_until_due");
    public static final Field<String> DEFAULT_PAYMENT_METHOD = Field.string("default_payment_method");
    public static final Field<List<Object>> DISCOUNTS = Field.list("discounts");
    public static final Field<Instant> DUE_DATE = Field.instant("due_date");
    public static final Field<String> FOOTER = Field.string("footer");
    public static final Field<Map<String, Object>> PAYMENT_SETTINGS = Field.map("payment_settings");
    public static final Field<String> PENDING_INVOICE_ITEMS_BEHAVIOR =
            Field.oneOf("pending_invoice_items_behavior", "exclude", "include");
    public static final Field<String> SUBSCRIPTION = Field.string("subscription");

    public InvoiceParams autoAdvance(Boolean autoAdvance) {
        return param(AUTO_ADVANCE, autoAdvance);
    }

    public InvoiceParams automaticTax(Map<String, Object> automaticTax) {
        return param(AUTOMATIC_TAX, automaticTax);
    }

    public InvoiceParams collectionMethod(String collectionMethod) {
        return param(COLLECTION_METHOD, collectionMethod);
    }

    public InvoiceParams customFields(List<Object> customFields) {
        return param(CUSTOM_FIELDS, customFields);
    }

    public InvoiceParams daysUntilDue(Long daysUntilDue) {
        return param(DAYS_UNTIL_DUE, daysUntilDue);
    }

    public InvoiceParams defaultPaymentMethod(String defaultPaymentMethod) {
        return param(DEFAULT_PAYMENT_METHOD, defaultPaymentMethod);
    }

    public InvoiceParams discounts(List<Object> discounts) {
        return param(DISCOUNTS, discounts);
    }

    public InvoiceParams dueDate(Instant dueDate) {
        return param(DUE_DATE, dueDate);
    }

    public InvoiceParams footer(String footer) {
        return param(FOOTER, footer);
    }

    public InvoiceParams paymentSettings(Map<String, Object> paymentSettings) {
        return param(PAYMENT_SETTINGS, paymentSettings);
    }

    public InvoiceParams pendingInvoiceItemsBehavior(String pendingInvoiceItemsBehavior) {
        return param(PENDING_INVOICE_ITEMS_BEHAVIOR, pendingInvoiceItemsBehavior);
    }

    public InvoiceParams subscription(String subscription) {
        return param(SUBSCRIPTION, subscription);
    }
}
