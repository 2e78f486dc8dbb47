package dev.camelstripe.model;

import java.time.Instant;

/**
 * A discount ({@code object: "discount"}): a coupon applied to a customer or subscription for a period.
 * <p>
 * Before API version 2025-09-30.clover the discount carries its coupon, always expanded, as {@code coupon}. From that
 * version on it carries {@code source: {"type": "coupon", "coupon": "SUMMER25"}}, the coupon's id unless the request
 * expanded {@code discount.source.coupon}. {@link #getCouponId()} answers in both shapes, {@link #getCoupon()}
 * whenever the coupon object is there.
 */
public class Discount extends StripeObject implements Has.CustomerReference, Has.SubscriptionReference {

    static final Field<Instant> START = Field.instant("start");
    static final Field<Instant> END = Field.instant("end");
    static final Field<Coupon> COUPON = Field.object("coupon", Coupon.class);
    // expandable in Stripe too, so an expanded promotion code cannot break reading
    static final Field<Expandable<UntypedStripeObject>> PROMOTION_CODE = Field.expandable("promotion_code",
            UntypedStripeObject.class);
    /** How {@code source.coupon} reads (clover and later): an id, or the coupon when expanded. */
    private static final Field<Expandable<Coupon>> SOURCE_COUPON = Field.expandable("coupon", Coupon.class);

    public Instant getStart() {
        return get(START);
    }

    public void setStart(Instant start) {
        set(START, start);
    }

    /** When the discount ends; null when it lasts forever. */
    public Instant getEnd() {
        return get(END);
    }

    public void setEnd(Instant end) {
        set(END, end);
    }

    /** The coupon: {@code coupon}, or from 2025-09-30.clover on {@code source.coupon} when expanded; else null. */
    public Coupon getCoupon() {
        Expandable<Coupon> coupon = getCouponExpandable();
        return coupon == null ? null : coupon.getExpanded();
    }

    public void setCoupon(Coupon coupon) {
        set(COUPON, coupon);
    }

    /** The coupon's id, in either shape. */
    public String getCouponId() {
        return Expandable.idOf(getCouponExpandable());
    }

    /** The coupon as a reference: {@code coupon}, else {@code source.coupon} (an id unless expanded), else null. */
    public Expandable<Coupon> getCouponExpandable() {
        Coupon coupon = get(COUPON);
        return coupon != null ? Expandable.of(coupon) : SOURCE_COUPON.read(path("source", "coupon"));
    }

    /** The promotion code's id, or null. */
    public String getPromotionCode() {
        return Expandable.idOf(get(PROMOTION_CODE));
    }

    public Expandable<UntypedStripeObject> getPromotionCodeExpandable() {
        return get(PROMOTION_CODE);
    }

    public void setPromotionCode(String promotionCodeId) {
        set(PROMOTION_CODE, Expandable.ofId(promotionCodeId));
    }

    public void setPromotionCodeExpandable(Expandable<UntypedStripeObject> promotionCode) {
        set(PROMOTION_CODE, promotionCode);
    }
}
