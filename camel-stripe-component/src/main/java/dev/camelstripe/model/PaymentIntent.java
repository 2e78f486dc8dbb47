package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A payment intent ({@code object: "payment_intent"}): one payment from a customer, through its life from creation
 * to confirmation, capture or cancellation. Fields as Stripe documents them for API version 2025-02-24.acacia; from
 * 2025-03-31.basil on, {@code invoice} is no longer sent (an invoice's payments are listed by {@code GET
 * /v1/invoice_payments}) and {@link #getInvoice()} is null. Fields this class does not name (and any Stripe adds
 * later) are kept as unknown fields.
 */
public class PaymentIntent extends StripeObject implements Has.Amount, Has.Created, Has.Currency, Has.CustomerReference,
        Has.Description, Has.InvoiceReference, Has.Livemode, Has.Metadata, Has.Status {

    /** {@link #getStatus()} values. */
    public static final String STATUS_REQUIRES_PAYMENT_METHOD = "requires_payment_method";
    public static final String STATUS_REQUIRES_CONFIRMATION = "requires_confirmation";
    public static final String STATUS_REQUIRES_ACTION = "requires_action";
    public static final String STATUS_PROCESSING = "processing";
    public static final String STATUS_REQUIRES_CAPTURE = "requires_capture";
    public static final String STATUS_CANCELED = "canceled";
    public static final String STATUS_SUCCEEDED = "succeeded";

    public static final Field<Long> AMOUNT_CAPTURABLE = Field.integer("amount_capturable");
    public static final Field<Map<String, Object>> AMOUNT_DETAILS = Field.map("amount_details");
    public static final Field<Long> AMOUNT_RECEIVED = Field.integer("amount_received");
    public static final Field<String> APPLICATION = Field.string("application");
    public static final Field<Long> APPLICATION_FEE_AMOUNT = Field.integer("application_fee_amount");
    public static final Field<Map<String, Object>> AUTOMATIC_PAYMENT_METHODS = Field.map("automatic_payment_methods");
    public static final Field<Instant> CANCELED_AT = Field.instant("canceled_at");
    public static final Field<String> CANCELLATION_REASON = Field.string("cancellation_reason");
    public static final Field<String> CAPTURE_METHOD = Field.string("capture_method");
    public static final Field<String> CLIENT_SECRET = Field.string("client_secret");
    public static final Field<String> CONFIRMATION_METHOD = Field.string("confirmation_method");
    public static final Field<Map<String, Object>> LAST_PAYMENT_ERROR = Field.map("last_payment_error");
    public static final Field<Expandable<Charge>> LATEST_CHARGE = Field.expandable("latest_charge", Charge.class);
    public static final Field<Map<String, Object>> NEXT_ACTION = Field.map("next_action");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<Expandable<PaymentMethod>> PAYMENT_METHOD =
            Field.expandable("payment_method", PaymentMethod.class);
    public static final Field<Map<String, Object>> PAYMENT_METHOD_CONFIGURATION_DETAILS =
            Field.map("payment_method_configuration_details");
    public static final Field<Map<String, Object>> PAYMENT_METHOD_OPTIONS = Field.map("payment_method_options");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES = Field.strings("payment_method_types");
    public static final Field<Map<String, Object>> PROCESSING = Field.map("processing");
    public static final Field<String> RECEIPT_EMAIL = Field.string("receipt_email");
    public static final Field<String> REVIEW = Field.string("review");
    public static final Field<String> SETUP_FUTURE_USAGE = Field.string("setup_future_usage");
    public static final Field<Map<String, Object>> SHIPPING = Field.map("shipping");
    public static final Field<String> STATEMENT_DESCRIPTOR = Field.string("statement_descriptor");
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");
    public static final Field<String> TRANSFER_GROUP = Field.string("transfer_group");

    /** Amount that can be captured now, in the smallest currency unit. */
    public Long getAmountCapturable() {
        return get(AMOUNT_CAPTURABLE);
    }

    public Map<String, Object> getAmountDetails() {
        return get(AMOUNT_DETAILS);
    }

    public Long getAmountReceived() {
        return get(AMOUNT_RECEIVED);
    }

    public String getApplication() {
        return get(APPLICATION);
    }

    public Long getApplicationFeeAmount() {
        return get(APPLICATION_FEE_AMOUNT);
    }

    public Map<String, Object> getAutomaticPaymentMethods() {
        return get(AUTOMATIC_PAYMENT_METHODS);
    }

    public Instant getCanceledAt() {
        return get(CANCELED_AT);
    }

    /**
     * Why it was canceled: {@code duplicate}, {@code fraudulent}, {@code requested_by_customer}, {@code
     * abandoned}, {@code failed_invoice}, {@code void_invoice} or {@code automatic}.
     */
    public String getCancellationReason() {
        return get(CANCELLATION_REASON);
    }

    /** {@code automatic}, {@code automatic_async} or {@code manual}. */
    public String getCaptureMethod() {
        return get(CAPTURE_METHOD);
    }

    /** The secret the browser confirms with: pass it to the client only, never log it. */
    public String getClientSecret() {
        return get(CLIENT_SECRET);
    }

    public String getConfirmationMethod() {
        return get(CONFIRMATION_METHOD);
    }

    public Map<String, Object> getLastPaymentError() {
        return get(LAST_PAYMENT_ERROR);
    }

    /** The latest charge id, or null. */
    public String getLatestCharge() {
        return Expandable.idOf(get(LATEST_CHARGE));
    }

    public Expandable<Charge> getLatestChargeExpandable() {
        return get(LATEST_CHARGE);
    }

    public Map<String, Object> getNextAction() {
        return get(NEXT_ACTION);
    }

    public String getOnBehalfOf() {
        return get(ON_BEHALF_OF);
    }

    /** The payment method id, or null. */
    public String getPaymentMethod() {
        return Expandable.idOf(get(PAYMENT_METHOD));
    }

    public Expandable<PaymentMethod> getPaymentMethodExpandable() {
        return get(PAYMENT_METHOD);
    }

    public Map<String, Object> getPaymentMethodConfigurationDetails() {
        return get(PAYMENT_METHOD_CONFIGURATION_DETAILS);
    }

    public Map<String, Object> getPaymentMethodOptions() {
        return get(PAYMENT_METHOD_OPTIONS);
    }

    public List<String> getPaymentMethodTypes() {
        return get(PAYMENT_METHOD_TYPES);
    }

    public Map<String, Object> getProcessing() {
        return get(PROCESSING);
    }

    public String getReceiptEmail() {
        return get(RECEIPT_EMAIL);
    }

    public String getReview() {
        return get(REVIEW);
    }

    public String getSetupFutureUsage() {
        return get(SETUP_FUTURE_USAGE);
    }

    public Map<String, Object> getShipping() {
        return get(SHIPPING);
    }

    public String getStatementDescriptor() {
        return get(STATEMENT_DESCRIPTOR);
    }

    public String getStatementDescriptorSuffix() {
        return get(STATEMENT_DESCRIPTOR_SUFFIX);
    }

    public Map<String, Object> getTransferData() {
        return get(TRANSFER_DATA);
    }

    public String getTransferGroup() {
        return get(TRANSFER_GROUP);
    }
}
