package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Checkout Session ({@code object: "checkout.session"}): a customer paying through a Stripe-hosted page ({@link
 * #getUrl()}) or an embedded form, once or for a subscription. Fields this class does not name (and any Stripe adds
 * later) are kept as unknown fields.
 */
public class CheckoutSession extends StripeObject implements Has.Created, Has.Currency, Has.CustomerReference,
        Has.InvoiceReference, Has.Livemode, Has.Metadata, Has.PaymentIntentReference, Has.Status,
        Has.SubscriptionReference {

    /** {@link #getStatus()} values. */
    public static final String STATUS_OPEN = "open";
    public static final String STATUS_COMPLETE = "complete";
    public static final String STATUS_EXPIRED = "expired";

    /** {@link #getPaymentStatus()} values. */
    public static final String PAYMENT_STATUS_PAID = "paid";
    public static final String PAYMENT_STATUS_UNPAID = "unpaid";
    public static final String PAYMENT_STATUS_NO_PAYMENT_REQUIRED = "no_payment_required";

    /** {@link #getMode()} values. */
    public static final String MODE_PAYMENT = "payment";
    public static final String MODE_SETUP = "setup";
    public static final String MODE_SUBSCRIPTION = "subscription";

    public static final Field<Map<String, Object>> AFTER_EXPIRATION = Field.map("after_expiration");
    public static final Field<Boolean> ALLOW_PROMOTION_CODES = Field.bool("allow_promotion_codes");
    public static final Field<Long> AMOUNT_SUBTOTAL = Field.integer("amount_subtotal");
    public static final Field<Long> AMOUNT_TOTAL = Field.integer("amount_total");
    public static final Field<Map<String, Object>> AUTOMATIC_TAX = Field.map("automatic_tax");
    public static final Field<String> BILLING_ADDRESS_COLLECTION = Field.string("billing_address_collection");
    public static final Field<String> CANCEL_URL = Field.string("cancel_url");
    public static final Field<String> CLIENT_REFERENCE_ID = Field.string("client_reference_id");
    public static final Field<String> CLIENT_SECRET = Field.string("client_secret");
    public static final Field<Map<String, Object>> CONSENT = Field.map("consent");
    public static final Field<Map<String, Object>> CONSENT_COLLECTION = Field.map("consent_collection");
    public static final Field<Map<String, Object>> CURRENCY_CONVERSION = Field.map("currency_conversion");
    public static final Field<List<Object>> CUSTOM_FIELDS = Field.list("custom_fields");
    public static final Field<Map<String, Object>> CUSTOM_TEXT = Field.map("custom_text");
    public static final Field<String> CUSTOMER_CREATION = Field.string("customer_creation");
    public static final Field<Map<String, Object>> CUSTOMER_DETAILS = Field.map("customer_details");
    public static final Field<String> CUSTOMER_EMAIL = Field.string("customer_email");
    public static final Field<Instant> EXPIRES_AT = Field.instant("expires_at");
    public static final Field<Map<String, Object>> INVOICE_CREATION = Field.map("invoice_creation");
    public static final Field<Map<String, Object>> LINE_ITEMS = Field.map("line_items");
    public static final Field<String> LOCALE = Field.string("locale");
    public static final Field<String> MODE = Field.string("mode");
    public static final Field<String> PAYMENT_LINK = Field.string("payment_link");
    public static final Field<String> PAYMENT_METHOD_COLLECTION = Field.string("payment_method_collection");
    public static final Field<Map<String, Object>> PAYMENT_METHOD_OPTIONS = Field.map("payment_method_options");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES = Field.strings("payment_method_types");
    public static final Field<String> PAYMENT_STATUS = Field.string("payment_status");
    public static final Field<Map<String, Object>> PHONE_NUMBER_COLLECTION = Field.map("phone_number_collection");
    public static final Field<String> RECOVERED_FROM = Field.string("recovered_from");
    public static final Field<String> REDIRECT_ON_COMPLETION = Field.string("redirect_on_completion");
    public static final Field<String> RETURN_URL = Field.string("return_url");
    public static final Field<String> SETUP_INTENT = Field.string("setup_intent");
    public static final Field<Map<String, Object>> SHIPPING_ADDRESS_COLLECTION =
            Field.map("shipping_address_collection");
    public static final Field<Map<String, Object>> SHIPPING_COST = Field.map("shipping_cost");
    public static final Field<Map<String, Object>> SHIPPING_DETAILS = Field.map("shipping_details");
    public static final Field<List<Object>> SHIPPING_OPTIONS = Field.list("shipping_options");
    public static final Field<String> SUBMIT_TYPE = Field.string("submit_type");
    public static final Field<String> SUCCESS_URL = Field.string("success_url");
    public static final Field<Map<String, Object>> TOTAL_DETAILS = Field.map("total_details");
    public static final Field<String> UI_MODE = Field.string("ui_mode");
    public static final Field<String> URL = Field.string("url");

    public Map<String, Object> getAfterExpiration() {
        return get(AFTER_EXPIRATION);
    }

    public Boolean getAllowPromotionCodes() {
        return get(ALLOW_PROMOTION_CODES);
    }

    public Long getAmountSubtotal() {
        return get(AMOUNT_SUBTOTAL);
    }

    public Long getAmountTotal() {
        return get(AMOUNT_TOTAL);
    }

    public Map<String, Object> getAutomaticTax() {
        return get(AUTOMATIC_TAX);
    }

    public String getBillingAddressCollection() {
        return get(BILLING_ADDRESS_COLLECTION);
    }

    public String getCancelUrl() {
        return get(CANCEL_URL);
    }

    public String getClientReferenceId() {
        return get(CLIENT_REFERENCE_ID);
    }

    /** For an embedded form: pass it to the client only, never log it. */
    public String getClientSecret() {
        return get(CLIENT_SECRET);
    }

    public Map<String, Object> getConsent() {
        return get(CONSENT);
    }

    public Map<String, Object> getConsentCollection() {
        return get(CONSENT_COLLECTION);
    }

    public Map<String, Object> getCurrencyConversion() {
        return get(CURRENCY_CONVERSION);
    }

    public List<Object> getCustomFields() {
        return get(CUSTOM_FIELDS);
    }

    public Map<String, Object> getCustomText() {
        return get(CUSTOM_TEXT);
    }

    public String getCustomerCreation() {
        return get(CUSTOMER_CREATION);
    }

    public Map<String, Object> getCustomerDetails() {
        return get(CUSTOMER_DETAILS);
    }

    public String getCustomerEmail() {
        return get(CUSTOMER_EMAIL);
    }

    public Instant getExpiresAt() {
        return get(EXPIRES_AT);
    }

    public Map<String, Object> getInvoiceCreation() {
        return get(INVOICE_CREATION);
    }

    public Map<String, Object> getLineItems() {
        return get(LINE_ITEMS);
    }

    public String getLocale() {
        return get(LOCALE);
    }

    public String getMode() {
        return get(MODE);
    }

    public String getPaymentLink() {
        return get(PAYMENT_LINK);
    }

    public String getPaymentMethodCollection() {
        return get(PAYMENT_METHOD_COLLECTION);
    }

    public Map<String, Object> getPaymentMethodOptions() {
        return get(PAYMENT_METHOD_OPTIONS);
    }

    public List<String> getPaymentMethodTypes() {
        return get(PAYMENT_METHOD_TYPES);
    }

    public String getPaymentStatus() {
        return get(PAYMENT_STATUS);
    }

    public Map<String, Object> getPhoneNumberCollection() {
        return get(PHONE_NUMBER_COLLECTION);
    }

    public String getRecoveredFrom() {
        return get(RECOVERED_FROM);
    }

    public String getRedirectOnCompletion() {
        return get(REDIRECT_ON_COMPLETION);
    }

    public String getReturnUrl() {
        return get(RETURN_URL);
    }

    public String getSetupIntent() {
        return get(SETUP_INTENT);
    }

    public Map<String, Object> getShippingAddressCollection() {
        return get(SHIPPING_ADDRESS_COLLECTION);
    }

    public Map<String, Object> getShippingCost() {
        return get(SHIPPING_COST);
    }

    public Map<String, Object> getShippingDetails() {
        return get(SHIPPING_DETAILS);
    }

    public List<Object> getShippingOptions() {
        return get(SHIPPING_OPTIONS);
    }

    public String getSubmitType() {
        return get(SUBMIT_TYPE);
    }

    public String getSuccessUrl() {
        return get(SUCCESS_URL);
    }

    public Map<String, Object> getTotalDetails() {
        return get(TOTAL_DETAILS);
    }

    public String getUiMode() {
        return get(UI_MODE);
    }

    /** The hosted page to send the customer to; null once the session is complete or expired. */
    public String getUrl() {
        return get(URL);
    }
}
