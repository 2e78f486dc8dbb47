package dev.camelstripe.model;

/**
 * An order of the legacy Orders API ({@code object: "order"}, {@code /v1/orders}), deprecated in 2019; only
 * accounts on old API versions still return it.
 */
public class Order extends StripeObject implements Has.Amount, Has.Created, Has.Currency, Has.CustomerReference,
        Has.Email, Has.Livemode, Has.Metadata, Has.Status, Has.Updated {

    /** {@link #getStatus()} values. */
    public static final String STATUS_CREATED = "created";
    public static final String STATUS_PAID = "paid";
    public static final String STATUS_CANCELED = "canceled";
    public static final String STATUS_FULFILLED = "fulfilled";
    public static final String STATUS_RETURNED = "returned";

    static final Field<Long> AMOUNT_RETURNED = Field.integer("amount_returned");
    static final Field<Expandable<Charge>> CHARGE = Field.expandable("charge", Charge.class);
    static final Field<String> SELECTED_SHIPPING_METHOD = Field.string("selected_shipping_method");

    public Long getAmountReturned() {
        return get(AMOUNT_RETURNED);
    }

    public void setAmountReturned(Long amountReturned) {
        set(AMOUNT_RETURNED, amountReturned);
    }

    /** The id of the charge that paid the order, or null. */
    public String getCharge() {
        return Expandable.idOf(get(CHARGE));
    }

    public Expandable<Charge> getChargeExpandable() {
        return get(CHARGE);
    }

    public void setCharge(String chargeId) {
        set(CHARGE, Expandable.ofId(chargeId));
    }

    public void setChargeExpandable(Expandable<Charge> charge) {
        set(CHARGE, charge);
    }

    public String getSelectedShippingMethod() {
        return get(SELECTED_SHIPPING_METHOD);
    }

    public void setSelectedShippingMethod(String selectedShippingMethod) {
        set(SELECTED_SHIPPING_METHOD, selectedShippingMethod);
    }
}
