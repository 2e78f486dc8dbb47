package dev.camelstripe.model;

/**
 * A Stripe customer ({@code object: "customer"}). Old API versions send the balance as {@code account_balance}
 * (renamed {@code balance} on 2019-10-17); both are kept as received and written back unchanged, and
 * {@link #getBalance()} reads whichever is present. A deleted customer arrives as
 * {@code {"id":"cus_1","object":"customer","deleted":true}}.
 */
public class Customer extends StripeObject implements Has.Created, Has.Currency, Has.Deleted, Has.Description, Has.Email,
        Has.Livemode, Has.Metadata, Has.Name {

    static final Field<Long> ACCOUNT_BALANCE = Field.integer("account_balance");
    static final Field<Long> BALANCE = Field.integer("balance");
    static final Field<Boolean> DELINQUENT = Field.bool("delinquent");
    static final Field<Discount> DISCOUNT = Field.object("discount", Discount.class);
    static final Field<String> PHONE = Field.string("phone");

    /**
     * The balance in the smallest currency unit, negative when it is a credit: {@code balance} when Stripe sent
     * it, else the pre-2019 {@code account_balance}.
     */
    public Long getBalance() {
        Long balance = get(BALANCE);
        return balance != null ? balance : get(ACCOUNT_BALANCE);
    }

    public void setBalance(Long balance) {
        set(BALANCE, balance);
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
        set(ACCOUNT_BALANCE, accountBalance);
    }

    public Boolean getDelinquent() {
        return get(DELINQUENT);
    }

    public void setDelinquent(Boolean delinquent) {
        set(DELINQUENT, delinquent);
    }

    /** The discount applied to the customer, or null. */
    public Discount getDiscount() {
        return get(DISCOUNT);
    }

    public void setDiscount(Discount discount) {
        set(DISCOUNT, discount);
    }

    public String getPhone() {
        return get(PHONE);
    }

    public void setPhone(String phone) {
        set(PHONE, phone);
    }

    public void setDeleted(Boolean deleted) {
        set(DELETED, deleted);
    }
}
