package dev.camelstripe.model;

import java.time.Instant;

/**
 * The body of "resume subscription" (a paused one).
 */
public class SubscriptionResumeParams extends StripeParams<SubscriptionResumeParams> {

    public static final Field<String> BILLING_CYCLE_ANCHOR = Field.oneOf("billing_cycle_anchor", "now", "unchanged");
    public static final Field<String> PRORATION_BEHAVIOR =
            Field.oneOf("proration_behavior", "always_invoice", "create_prorations", "none");
    public static final Field<Instant> PRORATION_DATE = Field.instant("proration_date");

    public SubscriptionResumeParams billingCycleAnchor(String billingCycleAnchor) {
        return param(BILLING_CYCLE_ANCHOR, billingCycleAnchor);
    }

    public SubscriptionResumeParams prorationBehavior(String prorationBehavior) {
        return param(PRORATION_BEHAVIOR, prorationBehavior);
    }

    public SubscriptionResumeParams prorationDate(Instant prorationDate) {
        return param(PRORATION_DATE, prorationDate);
    }
}
