package dev.camelstripe.model;

/** A charge's outcome: how the network and Stripe Radar judged it. A nested object without an id. */
public class Outcome extends StripeJsonObject {

    /** {@link #getNetworkStatus()} values. */
    public static final String NETWORK_APPROVED = "approved_by_network";
    public static final String NETWORK_DECLINED = "declined_by_network";
    public static final String NETWORK_NOT_SENT = "not_sent_to_network";
    public static final String NETWORK_REVERSED = "reversed_after_approval";

    /** {@link #getType()} values. */
    public static final String TYPE_AUTHORIZED = "authorized";
    public static final String TYPE_ISSUER_DECLINED = "issuer_declined";
    public static final String TYPE_BLOCKED = "blocked";
    public static final String TYPE_INVALID = "invalid";

    static final Field<String> NETWORK_STATUS = Field.string("network_status");
    static final Field<String> REASON = Field.string("reason");
    static final Field<String> RISK_LEVEL = Field.string("risk_level");
    static final Field<Integer> RISK_SCORE = Field.smallInteger("risk_score");
    static final Field<String> SELLER_MESSAGE = Field.string("seller_message");
    static final Field<String> TYPE = Field.string("type");

    /** One of the {@code NETWORK_*} constants. */
    public String getNetworkStatus() {
        return get(NETWORK_STATUS);
    }

    public void setNetworkStatus(String networkStatus) {
        set(NETWORK_STATUS, networkStatus);
    }

    /** Why the payment was not authorized, for example {@code "generic_decline"}; null when it was. */
    public String getReason() {
        return get(REASON);
    }

    public void setReason(String reason) {
        set(REASON, reason);
    }

    /** Radar's verdict: {@code normal}, {@code elevated}, {@code highest}, {@code not_assessed} or {@code unknown}. */
    public String getRiskLevel() {
        return get(RISK_LEVEL);
    }

    public void setRiskLevel(String riskLevel) {
        set(RISK_LEVEL, riskLevel);
    }

    /** Radar's score from 0 to 100. */
    public Integer getRiskScore() {
        return get(RISK_SCORE);
    }

    public void setRiskScore(Integer riskScore) {
        set(RISK_SCORE, riskScore);
    }

    /** A message meant for the seller, safe to show on a dashboard. */
    public String getSellerMessage() {
        return get(SELLER_MESSAGE);
    }

    public void setSellerMessage(String sellerMessage) {
        set(SELLER_MESSAGE, sellerMessage);
    }

    /** One of the {@code TYPE_*} constants. */
    public String getType() {
        return get(TYPE);
    }

    public void setType(String type) {
        set(TYPE, type);
    }
}
