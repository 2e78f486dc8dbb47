package dev.camelstripe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A balance transaction ({@code object: "balance_transaction"}): one movement of funds in the Stripe balance, such
 * as a charge, refund, payout or fee. {@link #getSource()} is the object that caused it, of any type. Fields this
 * class does not name (and any Stripe adds later) are kept as unknown fields.
 */
public class BalanceTransaction extends StripeObject implements Has.Amount, Has.Created, Has.Currency, Has.Description,
        Has.Status {

    /** {@link #getStatus()} values. */
    public static final String STATUS_AVAILABLE = "available";
    public static final String STATUS_PENDING = "pending";

    public static final Field<Instant> AVAILABLE_ON = Field.instant("available_on");
    public static final Field<BigDecimal> EXCHANGE_RATE = Field.decimal("exchange_rate");
    public static final Field<Long> FEE = Field.integer("fee");
    public static final Field<List<Object>> FEE_DETAILS = Field.list("fee_details");
    public static final Field<Long> NET = Field.integer("net");
    public static final Field<String> REPORTING_CATEGORY = Field.string("reporting_category");
    public static final Field<Expandable<UntypedStripeObject>> SOURCE =
            Field.expandable("source", UntypedStripeObject.class);
    public static final Field<String> TYPE = Field.string("type");

    /** When the funds become available. */
    public Instant getAvailableOn() {
        return get(AVAILABLE_ON);
    }

    public BigDecimal getExchangeRate() {
        return get(EXCHANGE_RATE);
    }

    public Long getFee() {
        return get(FEE);
    }

    public List<Object> getFeeDetails() {
        return get(FEE_DETAILS);
    }

    public Long getNet() {
        return get(NET);
    }

    public String getReportingCategory() {
        return get(REPORTING_CATEGORY);
    }

    /** The source id, or null. */
    public String getSource() {
        return Expandable.idOf(get(SOURCE));
    }

    public Expandable<UntypedStripeObject> getSourceExpandable() {
        return get(SOURCE);
    }

    /** For example {@code charge}, {@code refund}, {@code payout}, {@code stripe_fee}. */
    public String getType() {
        return get(TYPE);
    }
}
