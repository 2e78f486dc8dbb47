package dev.camelstripe.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Stripe customer ({@code object: "customer"}). Old API versions send the balance as {@code account_balance}
 * (renamed {@code balance} on 2019-10-17); both are kept as received and written back unchanged, and
 * {@link #getBalance()} reads whichever is present. A deleted customer arrives as
 * {@code {"id":"cus_1","object":"customer","deleted":true}}.
 */
public class Customer extends StripeObject {

    private Long accountBalance;
    private Long balance;
    private Instant created;
    private String currency;
    private Boolean delinquent;
    private String description;
    private Discount discount;
    private String email;
    private String name;
    private String phone;
    private Map<String, String> metadata;
    private Boolean livemode;
    private Boolean deleted;

    /**
     * The balance in the smallest currency unit, negative when it is a credit: {@code balance} when Stripe sent
     * it, else the pre-2019 {@code account_balance}.
     */
    public Long getBalance() {
        return balance != null ? balance : accountBalance;
    }

    public void setBalance(Long balance) {
        this.balance = balance;
    }

    /**
     * The same effective value as {@link #getBalance()}, under the connector's field name.
     *
     * @deprecated Stripe renamed {@code account_balance} to {@code balance} in API version 2019-10-17; use
     *             {@link #getBalance()}.
     */
    @Deprecated
    public Long getAccountBalance() {
        return getBalance();
    }

    /**
     * Sets the pre-2019 {@code account_balance} field.
     *
     * @deprecated use {@link #setBalance(Long)}.
     */
    @Deprecated
    public void setAccountBalance(Long accountBalance) {
        this.accountBalance = accountBalance;
    }

    public Instant getCreated() {
        return created;
    }

    public void setCreated(Instant created) {
        this.created = created;
    }

    /** Three-letter ISO 4217 code, lower case, of the customer's default currency. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Boolean getDelinquent() {
        return delinquent;
    }

    public void setDelinquent(Boolean delinquent) {
        this.delinquent = delinquent;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The discount applied to the customer, or null. */
    public Discount getDiscount() {
        return discount;
    }

    public void setDiscount(Discount discount) {
        this.discount = discount;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    /** {@code deleted} as sent: true for a deleted customer, absent (null) otherwise. */
    public Boolean getDeleted() {
        return deleted;
    }

    public boolean isDeleted() {
        return Boolean.TRUE.equals(deleted);
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }
}
