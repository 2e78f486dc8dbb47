package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

/**
 * An order of the legacy Orders API ({@code object: "order"}, {@code /v1/orders}), deprecated in 2019; only
 * accounts on old API versions still return it.
 */
public class Order extends StripeObject {

    /** {@link #getStatus()} values. */
    public static final String STATUS_CREATED = "created";
    public static final String STATUS_PAID = "paid";
    public static final String STATUS_CANCELED = "canceled";
    public static final String STATUS_FULFILLED = "fulfilled";
    public static final String STATUS_RETURNED = "returned";

    private Long amount;
    private Long amountReturned;
    private Expandable<Charge> charge;
    private Instant created;
    private String currency;
    private Expandable<Customer> customer;
    private String email;
    private String selectedShippingMethod;
    private String status;
    private Instant updated;
    private Map<String, String> metadata;
    private Boolean livemode;

    /** Total in the smallest currency unit. */
    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Long getAmountReturned() {
        return amountReturned;
    }

    public void setAmountReturned(Long amountReturned) {
        this.amountReturned = amountReturned;
    }

    /** The id of the charge that paid the order, or null. */
    public String getCharge() {
        return Expandable.idOf(charge);
    }

    public Expandable<Charge> getChargeExpandable() {
        return charge;
    }

    public void setCharge(String chargeId) {
        this.charge = Expandable.ofId(chargeId);
    }

    public void setChargeExpandable(Expandable<Charge> charge) {
        this.charge = charge;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSelectedShippingMethod() {
        return selectedShippingMethod;
    }

    public void setSelectedShippingMethod(String selectedShippingMethod) {
        this.selectedShippingMethod = selectedShippingMethod;
    }

    /** One of the {@code STATUS_*} constants. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getUpdated() {
        return updated;
    }

    public void setUpdated(Instant updated) {
        this.updated = updated;
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
