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

    private String networkStatus;
    private String reason;
    private String riskLevel;
    private Integer riskScore;
    private String sellerMessage;
    private String type;

    /** One of the {@code NETWORK_*} constants. */
    public String getNetworkStatus() {
        return networkStatus;
    }

    public void setNetworkStatus(String networkStatus) {
        this.networkStatus = networkStatus;
    }

    /** Why the payment was not authorized, for example {@code "generic_decline"}; null when it was. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Radar's verdict: {@code normal}, {@code elevated}, {@code highest}, {@code not_assessed} or {@code unknown}. */
    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    /** Radar's score from 0 to 100. */
    public Integer getRiskScore() {
        return riskScore;
    }

    public void setRiskScore(Integer riskScore) {
        this.riskScore = riskScore;
    }

    /** A message meant for the seller, safe to show on a dashboard. */
    public String getSellerMessage() {
        return sellerMessage;
    }

    public void setSellerMessage(String sellerMessage) {
        this.sellerMessage = sellerMessage;
    }

    /** One of the {@code TYPE_*} constants. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
