package dev.camelstripe.model;

import java.math.BigDecimal;

/** A coupon ({@code object: "coupon"}): a percentage or amount off, for once, some months, or forever. */
public class Coupon extends StripeObject implements Has.Currency, Has.Name {

    /** {@link #getDuration()} values. */
    public static final String ONCE = "once";
    public static final String REPEATING = "repeating";
    public static final String FOREVER = "forever";

    static final Field<String> DURATION = Field.string("duration");
    static final Field<Long> DURATION_IN_MONTHS = Field.integer("duration_in_months");
    static final Field<BigDecimal> PERCENT_OFF = Field.decimal("percent_off");
    static final Field<Long> AMOUNT_OFF = Field.integer("amount_off");
    static final Field<Boolean> VALID = Field.bool("valid");

    /** {@link #ONCE}, {@link #REPEATING} or {@link #FOREVER}. */
    public String getDuration() {
        return get(DURATION);
    }

    public void setDuration(String duration) {
        set(DURATION, duration);
    }

    /** The number of months, when the duration is {@link #REPEATING}. */
    public Long getDurationInMonths() {
        return get(DURATION_IN_MONTHS);
    }

    public void setDurationInMonths(Long durationInMonths) {
        set(DURATION_IN_MONTHS, durationInMonths);
    }

    /** Percentage off, for example 25.5; null for an amount-off coupon. */
    public BigDecimal getPercentOff() {
        return get(PERCENT_OFF);
    }

    public void setPercentOff(BigDecimal percentOff) {
        set(PERCENT_OFF, percentOff);
    }

    /** Amount off in the smallest unit of {@link #getCurrency()}; null for a percent-off coupon. */
    public Long getAmountOff() {
        return get(AMOUNT_OFF);
    }

    public void setAmountOff(Long amountOff) {
        set(AMOUNT_OFF, amountOff);
    }

    public Boolean getValid() {
        return get(VALID);
    }

    public void setValid(Boolean valid) {
        set(VALID, valid);
    }
}
