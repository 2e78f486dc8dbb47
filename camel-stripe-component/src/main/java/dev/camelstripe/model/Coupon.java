package dev.camelstripe.model;

import java.math.BigDecimal;

/** A coupon ({@code object: "coupon"}): a percentage or amount off, for once, some months, or forever. */
public class Coupon extends StripeObject {

    /** {@link #getDuration()} values. */
    public static final String ONCE = "once";
    public static final String REPEATING = "repeating";
    public static final String FOREVER = "forever";

    private String name;
    private String duration;
    private Long durationInMonths;
    private BigDecimal percentOff;
    private Long amountOff;
    private String currency;
    private Boolean valid;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@link #ONCE}, {@link #REPEATING} or {@link #FOREVER}. */
    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    /** The number of months, when the duration is {@link #REPEATING}. */
    public Long getDurationInMonths() {
        return durationInMonths;
    }

    public void setDurationInMonths(Long durationInMonths) {
        this.durationInMonths = durationInMonths;
    }

    /** Percentage off, for example 25.5; null for an amount-off coupon. */
    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public void setPercentOff(BigDecimal percentOff) {
        this.percentOff = percentOff;
    }

    /** Amount off in the smallest unit of {@link #getCurrency()}; null for a percent-off coupon. */
    public Long getAmountOff() {
        return amountOff;
    }

    public void setAmountOff(Long amountOff) {
        this.amountOff = amountOff;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Boolean getValid() {
        return valid;
    }

    public void setValid(Boolean valid) {
        this.valid = valid;
    }
}
