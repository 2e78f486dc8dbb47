package dev.camelstripe.model;

import java.util.Map;

/**
 * The parameters of "cancel subscription" ({@code DELETE}, so sent in the query string).
 */
public class SubscriptionCancelParams extends StripeParams<SubscriptionCancelParams> {

    public static final Field<Map<String, Object>> CANCELLATION_DETAILS = Field.map("cancellation_details");
    public static final Field<Boolean> INVOICE_NOW = Field.bool("invoice_now");
    public static final Field<Boolean> PRORATE = Field.bool("prorate");

    public SubscriptionCancelParams cancellationDetails(Map<String, Object> cancellationDetails) {
        return param(CANCELLATION_DETAILS, cancellationDetails);
    }

    public SubscriptionCancelParams invoiceNow(Boolean invoiceNow) {
        return param(INVOICE_NOW, invoiceNow);
    }

    public SubscriptionCancelParams prorate(Boolean prorate) {
        return param(PRORATE, prorate);
    }
}
