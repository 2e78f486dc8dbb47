package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

/** A charge ({@code object: "charge"}): one attempt to move money from a card or other payment source. */
public class Charge extends StripeObject {

    /** {@link #getStatus()} values. */
    public static final String STATUS_SUCCEEDED = "succeeded";
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_FAILED = "failed";

    private Long amount;
    private Long amountRefunded;
    private Long amountCaptured;
    private Boolean captured;
    private Instant created;
    private String currency;
    private Expandable<Customer> customer;
    private String description;
    private String failureCode;
    private String failureMessage;
    private Expandable<UntypedStripeObject> invoice;
    private Expandable<Order> order;
    private Outcome outcome;
    private Boolean paid;
    private String receiptEmail;
    private String receiptNumber;
    private Boolean refunded;
    private String statementDescriptor;
    private String status;
    private Map<String, String> metadata;
    private Boolean livemode;

    /** Amount in the smallest currency unit. */
    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Long getAmountRefunded() {
        return amountRefunded;
    }

    public void setAmountRefunded(Long amountRefunded) {
        this.amountRefunded = amountRefunded;
    }

    public Long getAmountCaptured() {
        return amountCaptured;
    }

    public void setAmountCaptured(Long amountCaptured) {
        this.amountCaptured = amountCaptured;
    }

    public Boolean getCaptured() {
        return captured;
    }

    public void setCaptured(Boolean captured) {
        this.captured = captured;
    }

    public Instant getCreated() {
        return created;
    }

    public void setCreated(Instant created) {
        this.created = created;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The customer's id, or null. */
    public String getCustomer() {
        return Expandable.idOf(customer);
    }

    public Expandable<Customer> getCustomerExpandable() {
        return customer;
    }

    public void setCustomer(String customerId) {
        this.customer = Expandable.ofId(customerId);
    }

    public void setCustomerExpandable(Expandable<Customer> customer) {
        this.customer = customer;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Stripe's error code when the charge failed, for example {@code "card_declined"}. */
    public String getFailureCode() {
        return failureCode;
    }

    public void setFailureCode(String failureCode) {
        this.failureCode = failureCode;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public void setFailureMessage(String failureMessage) {
        this.failureMessage = failureMessage;
    }

    /** The invoice's id, or null. */
    public String getInvoice() {
        return Expandable.idOf(invoice);
    }

    public Expandable<UntypedStripeObject> getInvoiceExpandable() {
        return invoice;
    }

    public void setInvoice(String invoiceId) {
        this.invoice = Expandable.ofId(invoiceId);
    }

    public void setInvoiceExpandable(Expandable<UntypedStripeObject> invoice) {
        this.invoice = invoice;
    }

    /** The legacy order's id, or null. */
    public String getOrder() {
        return Expandable.idOf(order);
    }

    public Expandable<Order> getOrderExpandable() {
        return order;
    }

    public void setOrder(String orderId) {
        this.order = Expandable.ofId(orderId);
    }

    public void setOrderExpandable(Expandable<Order> order) {
        this.order = order;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public Boolean getPaid() {
        return paid;
    }

    public void setPaid(Boolean paid) {
        this.paid = paid;
    }

    public String getReceiptEmail() {
        return receiptEmail;
    }

    public void setReceiptEmail(String receiptEmail) {
        this.receiptEmail = receiptEmail;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public Boolean getRefunded() {
        return refunded;
    }

    public void setRefunded(Boolean refunded) {
        this.refunded = refunded;
    }

    public String getStatementDescriptor() {
        return statementDescriptor;
    }

    public void setStatementDescriptor(String statementDescriptor) {
        this.statementDescriptor = statementDescriptor;
    }

    /** One of the {@code STATUS_*} constants. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    public Boolean getLivemode() {
        return livemode;
    }

    public void setLivemode(Boolean livemode) {
        this.livemode = livemode;
    }
}
