package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

/**
 * An invoice item ({@code object: "invoiceitem"}): a line added to a customer's next or a given invoice. Its date
 * field is {@code date}, although lists filter invoice items on {@code created}.
 */
public class InvoiceItem extends StripeObject {

    private Long amount;
    private String currency;
    private Expandable<Customer> customer;
    private Instant date;
    private String description;
    private Boolean discountable;
    private Expandable<UntypedStripeObject> invoice;
    private Boolean proration;
    private Long quantity;
    private Expandable<UntypedStripeObject> subscription;
    private Map<String, String> metadata;
    private Boolean livemode;

    /** Amount in the smallest currency unit, negative for a credit. */
    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The customer's id. */
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

    public Instant getDate() {
        return date;
    }

    public void setDate(Instant date) {
        this.date = date;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getDiscountable() {
        return discountable;
    }

    public void setDiscountable(Boolean discountable) {
        this.discountable = discountable;
    }

    /** The invoice's id, or null while the item is pending. */
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

    public Boolean getProration() {
        return proration;
    }

    public void setProration(Boolean proration) {
        this.proration = proration;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    /** The subscription's id, or null. */
    public String getSubscription() {
        return Expandable.idOf(subscription);
    }

    public Expandable<UntypedStripeObject> getSubscriptionExpandable() {
        return subscription;
    }

    public void setSubscription(String subscriptionId) {
        this.subscription = Expandable.ofId(subscriptionId);
    }

    public void setSubscriptionExpandable(Expandable<UntypedStripeObject> subscription) {
        this.subscription = subscription;
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
