package dev.camelstripe;

import dev.camelstripe.model.StripeApiVersion;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The connection options of a Stripe endpoint. Set them on the component to share them, and override any of them on
 * an endpoint.
 */
@UriParams
public class StripeConfiguration implements Cloneable {

    public static final String DEFAULT_API_BASE = "https://api.stripe.com";

    @UriParam(label = "security", secret = true)
    @Metadata(required = true)
    private String apiKey;
    @UriParam(defaultValue = DEFAULT_API_BASE)
    private String apiBase = DEFAULT_API_BASE;
    @UriParam(defaultValue = StripeApiVersion.PINNED)
    private String apiVersion = StripeApiVersion.PINNED;
    @UriParam
    private String stripeAccount;
    @UriParam(label = "advanced")
    private String connectionAlias;
    @UriParam(label = "security,advanced")
    private boolean allowInsecureHttp;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "80000", javaType = "java.time.Duration")
    private long responseTimeout = 80_000;
    @UriParam(label = "advanced", defaultValue = "16777216")
    private long maxResponseSize = dev.camelstripe.client.StripeClientSettings.DEFAULT_MAX_RESPONSE_SIZE;
    @UriParam(label = "advanced", defaultValue = "2")
    private int maxRetries = 2;
    @UriParam(label = "throttling", defaultValue = "100")
    private int rateLimit = 100;
    @UriParam(label = "throttling", defaultValue = "60000", javaType = "java.time.Duration")
    private long rateLimitPeriod = 60_000;
    @UriParam(label = "throttling", defaultValue = "60000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 60_000;

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The Stripe API key: a secret key (sk_test_…, sk_live_…) or a restricted key (rk_…). This component never logs
     * it and Camel masks it in the endpoint URIs it shows; set it on the component rather than in a URI, since Camel
     * core traces URIs as written at TRACE level.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiBase() {
        return apiBase;
    }

    /**
     * Where the Stripe API is. Change it only for a local sandbox, a mock or an egress proxy. Plain http is refused
     * unless the host is a loopback address or allowInsecureHttp is set.
     */
    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The Stripe API version of every call (the Stripe-Version header). The default is the newest version the typed
     * bodies fully match; a newer one works (getters of moved fields read their new location), an older one brings
     * legacy fields back. Set it empty to send none: the account's default version then applies.
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion == null || apiVersion.isBlank() ? null : apiVersion;
    }

    public String getStripeAccount() {
        return stripeAccount;
    }

    /** Acts on a connected account (Stripe Connect), sent as the Stripe-Account header: acct_… */
    public void setStripeAccount(String stripeAccount) {
        this.stripeAccount = stripeAccount;
    }

    public String getConnectionAlias() {
        return connectionAlias;
    }

    /**
     * Names this connection (API key and stripeAccount) in metrics tags, the dev console and JMX, e.g. eu-shop. When
     * not set, the name is the key's masked kind, a short fingerprint of the key, and the stripeAccount
     * (sk_live_****:3fa9c2e1/acct_1): never the key.
     */
    public void setConnectionAlias(String connectionAlias) {
        this.connectionAlias = connectionAlias;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Allows a plain http apiBase on a host that is not loopback. The API key then crosses the network in clear
     * text: use it only on a network you trust.
     */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection to Stripe, in milliseconds (or a duration such as 10s). */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * The longest one attempt of a call may take, from when it starts (connecting included) to the last byte of the
     * answer, in milliseconds (or a duration such as 80s); an answer that trickles in slowly is cut off at it too.
     * Stripe's own SDKs wait 80 seconds. A call makes one attempt more than maxRetries at most, plus the waits between
     * them: keep that total under Camel's graceful shutdown timeout (45 s by default) if calls should finish at
     * shutdown.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest answer body accepted, in bytes, counted after decompression (a small gzip body can inflate to
     * gigabytes). A larger answer fails the call with StripeResponseTooLargeException, its connection is discarded,
     * and it is not retried. The default, 16 MiB (16777216), is far above any answer Stripe gives this component:
     * a list page holds at most 100 objects, and a full page of 100 charges, the largest objects read here, is about
     * half a MiB; even a page of 100 invoices with their lines and customers expanded is a few MiB. The limit bounds
     * what one call can make the JVM hold; lower it on small heaps. At most 2147483639, the largest array a JVM holds.
     */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a failed call is retried, by the rules of Stripe's own SDKs: network failures, 409 and 5xx,
     * unless Stripe answers Stripe-Should-Retry: false, and any answer with Stripe-Should-Retry: true (a 429 only
     * then), with exponential back-off from 0.5 s to 5 s. 0 turns retries off.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    /**
     * How many calls may start in any window of one rateLimitPeriod on one connection (API key and Stripe account),
     * counted across every endpoint of the CamelContext that uses it; retries count too. 0 turns throttling off.
     */
    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public long getRateLimitPeriod() {
        return rateLimitPeriod;
    }

    /**
     * The window of the throttle, in milliseconds (or a duration such as 60s). A call's permit is usable again one
     * period after the call completed.
     */
    public void setRateLimitPeriod(long rateLimitPeriod) {
        this.rateLimitPeriod = rateLimitPeriod;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    /**
     * The longest a call waits for a throttle permit, in milliseconds (or a duration), 0 or more; a call that would
     * need longer fails with a StripeThrottleException that says how long it would have had to wait and how much of
     * this budget was left, and nothing is sent.
     */
    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public StripeConfiguration copy() {
        try {
            return (StripeConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "StripeConfiguration[apiKey=" + dev.camelstripe.client.ApiKeys.mask(apiKey) + ", apiBase=" + apiBase
               + ", apiVersion=" + apiVersion + ", stripeAccount=" + stripeAccount + "]";
    }
}
