package dev.camelstripe.model;

import java.time.Instant;

/** A discount ({@code object: "discount"}): a coupon applied to a customer or subscription for a period. */
public class Discount extends StripeObject {

    private Expandable<Customer> customer;
    private Instant start;
    private Instant end;
    private Expandable<UntypedStripeObject> subscription;
    private Coupon coupon;
    // expandable in Stripe too, so an expanded promotion code cannot break reading
    private Expandable<UntypedStripeObject> promotionCode;

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

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start;
    }

    /** When the discount ends; null when it lasts forever. */
    public Instant getEnd() {
        return end;
    }

    public void setEnd(Instant end) {
        this.end = end;
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

    public Coupon getCoupon() {
        return coupon;
    }

    public void setCoupon(Coupon coupon) {
        this.coupon = coupon;
    }

    /** The promotion code's id, or null. */
    public String getPromotionCode() {
        return Expandable.idOf(promotionCode);
    }

    public Expandable<UntypedStripeObject> getPromotionCodeExpandable() {
        return promotionCode;
    }

    public void setPromotionCode(String promotionCodeId) {
        this.promotionCode = Expandable.ofId(promotionCodeId);
    }

    public void setPromotionCodeExpandable(Expandable<UntypedStripeObject> promotionCode) {
        this.promotionCode = promotionCode;
    }
}
