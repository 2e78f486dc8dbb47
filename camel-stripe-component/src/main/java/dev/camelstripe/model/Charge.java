package dev.camelstripe.model;

/**
 * A charge ({@code object: "charge"}): one attempt to move money from a card or other payment source.
 * <p>
 * API version 2025-03-31.basil removed {@code invoice} from charges (an invoice's payments are listed by
 * {@code GET /v1/invoice_payments}); under that version and later {@link #getInvoice()} is null.
 */
public class Charge extends StripeObject implements Has.Amount, Has.Created, Has.Currency, Has.CustomerReference,
        Has.Description, Has.InvoiceReference, Has.Livemode, Has.Metadata, Has.Status {

    /** {@link #getStatus()} values. */
    public static final String STATUS_SUCCEEDED = "succeeded";
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_FAILED = "failed";

    static final Field<Long> AMOUNT_REFUNDED = Field.integer("amount_refunded");
    static final Field<Long> AMOUNT_CAPTURED = Field.integer("amount_captured");
    static final Field<Boolean> CAPTURED = Field.bool("captured");
    static final Field<String> FAILURE_CODE = Field.string("failure_code");
    static final Field<String> FAILURE_MESSAGE = Field.string("failure_message");
    static final Field<Expandable<Order>> ORDER = Field.expandable("order", Order.class);
    static final Field<Outcome> OUTCOME = Field.object("outcome", Outcome.class);
    static final Field<Boolean> PAID = Field.bool("paid");
    static final Field<String> RECEIPT_EMAIL = Field.string("receipt_email");
    static final Field<String> RECEIPT_NUMBER = Field.string("receipt_number");
    static final Field<Boolean> REFUNDED = Field.bool("refunded");
    static final Field<String> STATEMENT_DESCRIPTOR = Field.string("statement_descriptor");

    public Long getAmountRefunded() {
        return get(AMOUNT_REFUNDED);
    }

    public void setAmountRefunded(Long amountRefunded) {
        set(AMOUNT_REFUNDED, amountRefunded);
    }

    public Long getAmountCaptured() {
        return get(AMOUNT_CAPTURED);
    }

    public void setAmountCaptured(Long amountCaptured) {
        set(AMOUNT_CAPTURED, amountCaptured);
    }

    public Boolean getCaptured() {
        return get(CAPTURED);
    }

    public void setCaptured(Boolean captured) {
        set(CAPTURED, captured);
    }

    /** Stripe's error code when the charge failed, for example {@code "card_declined"}. */
    public String getFailureCode() {
        return get(FAILURE_CODE);
    }

    public void setFailureCode(String failureCode) {
        set(FAILURE_CODE, failureCode);
    }

    public String getFailureMessage() {
        return get(FAILURE_MESSAGE);
    }

    public void setFailureMessage(String failureMessage) {
        set(FAILURE_MESSAGE, failureMessage);
    }

    /** The legacy order's id, or null. */
    public String getOrder() {
        return Expandable.idOf(get(ORDER));
    }

    public Expandable<Order> getOrderExpandable() {
        return get(ORDER);
    }

    public void setOrder(String orderId) {
        set(ORDER, Expandable.ofId(orderId));
    }

    public void setOrderExpandable(Expandable<Order> order) {
        set(ORDER, order);
    }

    public Outcome getOutcome() {
        return get(OUTCOME);
    }

    public void setOutcome(Outcome outcome) {
        set(OUTCOME, outcome);
    }

    public Boolean getPaid() {
        return get(PAID);
    }

    public void setPaid(Boolean paid) {
        set(PAID, paid);
    }

    public String getReceiptEmail() {
        return get(RECEIPT_EMAIL);
    }

    public void setReceiptEmail(String receiptEmail) {
        set(RECEIPT_EMAIL, receiptEmail);
    }

    public String getReceiptNumber() {
        return get(RECEIPT_NUMBER);
    }

    public void setReceiptNumber(String receiptNumber) {
        set(RECEIPT_NUMBER, receiptNumber);
    }

    public Boolean getRefunded() {
        return get(REFUNDED);
    }

    public void setRefunded(Boolean refunded) {
        set(REFUNDED, refunded);
    }

    public String getStatementDescriptor() {
        return get(STATEMENT_DESCRIPTOR);
    }

    public void setStatementDescriptor(String statementDescriptor) {
        set(STATEMENT_DESCRIPTOR, statementDescriptor);
    }
}
