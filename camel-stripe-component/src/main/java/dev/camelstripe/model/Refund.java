package dev.camelstripe.model;

import java.util.Map;

/**
 * A refund ({@code object: "refund"}) of a charge or payment intent, in whole or in part. Fields this class does not
 * name (and any Stripe adds later) are kept as unknown fields.
 */
public class Refund extends StripeObject implements Has.Amount, Has.BalanceTransactionReference, Has.ChargeReference,
        Has.Created, Has.Currency, Has.Description, Has.Metadata, Has.PaymentIntentReference, Has.Status {

    /** {@link #getStatus()} values. */
    public static final String STATUS_PENDING = "pending";
    public static final String STATUS_REQUIRES_ACTION = "requires_action";
    public static final String STATUS_SUCCEEDED = "succeeded";
    public static final String STATUS_FAILED = "failed";
    public static final String STATUS_CANCELED = "canceled";

    /** {@link #getReason()} values. */
    public static final String REASON_DUPLICATE = "duplicate";
    public static final String REASON_FRAUDULENT = "fraudulent";
    public static final String REASON_REQUESTED_BY_CUSTOMER = "requested_by_customer";
    public static final String REASON_EXPIRED_UNCAPTURED_CHARGE = "expired_uncaptured_charge";

    public static final Field<Map<String, Object>> DESTINATION_DETAILS = Field.map("destination_details");
    public static final Field<Expandable<BalanceTransaction>> FAILURE_BALANCE_TRANSACTION =
            Field.expandable("failure_balance_transaction", BalanceTransaction.class);
    public static final Field<String> FAILURE_REASON = Field.string("failure_reason");
    public static final Field<String> INSTRUCTIONS_EMAIL = Field.string("instructions_email");
    public static final Field<Map<String, Object>> NEXT_ACTION = Field.map("next_action");
    public static final Field<String> REASON = Field.string("reason");
    public static final Field<String> RECEIPT_NUMBER = Field.string("receipt_number");
    public static final Field<String> SOURCE_TRANSFER_REVERSAL = Field.string("source_transfer_reversal");
    public static final Field<String> TRANSFER_REVERSAL = Field.string("transfer_reversal");

    public Map<String, Object> getDestinationDetails() {
        return get(DESTINATION_DETAILS);
    }

    /** The failure balance transaction id, or null. */
    public String getFailureBalanceTransaction() {
        return Expandable.idOf(get(FAILURE_BALANCE_TRANSACTION));
    }

    public Expandable<BalanceTransaction> getFailureBalanceTransactionExpandable() {
        return get(FAILURE_BALANCE_TRANSACTION);
    }

    public String getFailureReason() {
        return get(FAILURE_REASON);
    }

    public String getInstructionsEmail() {
        return get(INSTRUCTIONS_EMAIL);
    }

    public Map<String, Object> getNextAction() {
        return get(NEXT_ACTION);
    }

    public String getReason() {
        return get(REASON);
    }

    public String getReceiptNumber() {
        return get(RECEIPT_NUMBER);
    }

    public String getSourceTransferReversal() {
        return get(SOURCE_TRANSFER_REVERSAL);
    }

    public String getTransferReversal() {
        return get(TRANSFER_REVERSAL);
    }
}
