package dev.camelstripe.model;

import java.time.Instant;

/**
 * An invoice item ({@code object: "invoiceitem"}): a line added to a customer's next or a given invoice. Its date
 * field is {@code date}, although lists filter invoice items on {@code created}.
 * <p>
 * API version 2025-03-31.basil moved {@code subscription} to {@code parent.subscription_details.subscription};
 * {@link #getSubscription()} reads either.
 */
public class InvoiceItem extends StripeObject implements Has.Amount, Has.Currency, Has.CustomerReference,
        Has.Description, Has.InvoiceReference, Has.Livemode, Has.Metadata, Has.SubscriptionReference {

    static final Field<Instant> DATE = Field.instant("date");
    static final Field<Boolean> DISCOUNTABLE = Field.bool("discountable");
    static final Field<Boolean> PRORATION = Field.bool("proration");
    static final Field<Long> QUANTITY = Field.integer("quantity");

    public Instant getDate() {
        return get(DATE);
    }

    public void setDate(Instant date) {
        set(DATE, date);
    }

    public Boolean getDiscountable() {
        return get(DISCOUNTABLE);
    }

    public void setDiscountable(Boolean discountable) {
        set(DISCOUNTABLE, discountable);
    }

    public Boolean getProration() {
        return get(PRORATION);
    }

    public void setProration(Boolean proration) {
        set(PRORATION, proration);
    }

    public Long getQuantity() {
        return get(QUANTITY);
    }

    public void setQuantity(Long quantity) {
        set(QUANTITY, quantity);
    }

    /** {@code subscription}, or from 2025-03-31.basil on {@code parent.subscription_details.subscription}. */
    @Override
    public Expandable<Subscription> getSubscriptionExpandable() {
        Expandable<Subscription> subscription = get(SUBSCRIPTION);
        return subscription != null ? subscription
                : SUBSCRIPTION.read(path("parent", "subscription_details", "subscription"));
    }
}
