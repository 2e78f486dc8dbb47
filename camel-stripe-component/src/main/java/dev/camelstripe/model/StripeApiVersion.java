package dev.camelstripe.model;

/**
 * The Stripe API version the models match, sent as {@code Stripe-Version} unless the {@code apiVersion} option says
 * otherwise: the newest version under which every field they model is where they read it.
 * <p>
 * Later versions move fields the models read (Stripe's API changelog):
 * <ul>
 * <li>2025-03-31.basil removed {@code invoice} from charges and moved an invoice item's {@code subscription} to
 * {@code parent.subscription_details.subscription}; it also removed the {@code coupon} and
 * {@code promotion_code} parameters of customer create and update;</li>
 * <li>2025-09-30.clover replaced a discount's auto-expanded {@code coupon} with {@code source.coupon}.</li>
 * </ul>
 * With a newer version set, {@link InvoiceItem#getSubscription()} and {@link Discount#getCouponId()} read the new
 * location; {@link Charge#getInvoice()} is null, the field being gone. Legacy fields the models keep for accounts on
 * old versions ({@code account_balance}, a product's {@code caption}, the Orders API) are read when present.
 */
public final class StripeApiVersion {

    /** The version the models match: the last one before 2025-03-31.basil. */
    public static final String PINNED = "2025-02-24.acacia";

    private StripeApiVersion() {
    }
}
