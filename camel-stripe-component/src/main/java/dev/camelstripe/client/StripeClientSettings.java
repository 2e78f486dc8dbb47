package dev.camelstripe.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * What one Stripe connection needs to make calls: the key, where Stripe is, which API version and account to act
 * as, how patient to be and how much to accept. {@link #toString()} masks the key.
 * <p>
 * The values that travel as headers ({@code Authorization}, {@code Stripe-Version}, {@code Stripe-Account}) are
 * checked here, before anything is sent: see {@link HeaderValues}.
 *
 * @param maxResponseSize the most bytes of one answer's body, counted after decompression
 */
public record StripeClientSettings(String apiKey, URI apiBase, String apiVersion, String stripeAccount,
                                   Duration connectTimeout, Duration responseTimeout, Duration rateLimitMaxWait,
                                   long maxResponseSize) {

    /** The largest {@code maxResponseSize}: a body is read into one array, and no JVM allocates a larger one. */
    public static final long MAX_BODY = Integer.MAX_VALUE - 8;

    /** The default of {@code maxResponseSize}: 16 MiB. Why this figure: see {@code StripeConfiguration}. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;

    public StripeClientSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required: a Stripe secret (sk_…) or restricted (rk_…) key");
        }
        HeaderValues.requireSafe("apiKey", apiKey, 0, true);
        Objects.requireNonNull(apiBase, "apiBase");
        if (apiVersion != null) {
            HeaderValues.requireSafe("apiVersion", apiVersion, 0, false);
        }
        if (stripeAccount != null) {
            HeaderValues.requireSafe("stripeAccount", stripeAccount, 0, false);
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("responseTimeout", responseTimeout);
        Objects.requireNonNull(rateLimitMaxWait, "rateLimitMaxWait");
        if (rateLimitMaxWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitMaxWait must be 0 (never wait) or more, was "
                                               + rateLimitMaxWait.toMillis() + " ms");
        }
        if (maxResponseSize < 1) {
            throw new IllegalArgumentException("maxResponseSize must be at least 1 byte, was " + maxResponseSize);
        }
        if (maxResponseSize > MAX_BODY) {
            throw new IllegalArgumentException("maxResponseSize must be at most " + MAX_BODY + " bytes (the largest"
                                               + " array a JVM holds: the body is read whole), was "
                                               + maxResponseSize);
        }
    }

    /** With the default {@link #DEFAULT_MAX_RESPONSE_SIZE}. */
    public StripeClientSettings(String apiKey, URI apiBase, String apiVersion, String stripeAccount,
                                Duration connectTimeout, Duration responseTimeout, Duration rateLimitMaxWait) {
        this(apiKey, apiBase, apiVersion, stripeAccount, connectTimeout, responseTimeout, rateLimitMaxWait,
             DEFAULT_MAX_RESPONSE_SIZE);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value.toMillis() + " ms");
        }
    }

    /** The API base without a trailing slash, so paths can be appended as they are. */
    public String baseUrl() {
        String base = apiBase.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Names the connection in messages and logs without revealing the key. */
    public String describe() {
        return "Stripe connection " + ApiKeys.mask(apiKey) + (stripeAccount == null ? "" : " on " + stripeAccount);
    }

    @Override
    public String toString() {
        return "StripeClientSettings[apiKey=" + ApiKeys.mask(apiKey) + ", apiBase=" + apiBase + ", apiVersion="
               + apiVersion + ", stripeAccount=" + stripeAccount + ", connectTimeout=" + connectTimeout
               + ", responseTimeout=" + responseTimeout + ", rateLimitMaxWait=" + rateLimitMaxWait
               + ", maxResponseSize=" + maxResponseSize + "]";
    }

    /** {@link #requireSecureApiBase(URI, boolean, String)} without a proxy. */
    public static void requireSecureApiBase(URI apiBase, boolean allowInsecureHttp) {
        requireSecureApiBase(apiBase, allowInsecureHttp, null);
    }

    /**
     * The key must not cross a network in clear text: plain http is refused unless the host is a loopback address
     * (tests, the local sandbox) reached without a proxy, or the user opted in.
     *
     * @param proxy the proxy the calls go through ({@code host:port}), or {@code null} when they go direct
     */
    public static void requireSecureApiBase(URI apiBase, boolean allowInsecureHttp, String proxy) {
        String scheme = apiBase.getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return;
        }
        if (!"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("apiBase must be an https:// URL, was " + apiBase);
        }
        if (allowInsecureHttp) {
            return;
        }
        if (proxy != null) {
            throw new IllegalArgumentException("apiBase " + apiBase + " is plain http through the proxy " + proxy
                                               + ": the API key would cross the proxy in clear text. Use https, or"
                                               + " set allowInsecureHttp=true if the proxy and the network are"
                                               + " trusted");
        }
        if (!isLoopback(apiBase.getHost())) {
            throw new IllegalArgumentException("apiBase " + apiBase + " is plain http to a host that is not loopback:"
                                               + " the API key would travel in clear text. Use https, or set"
                                               + " allowInsecureHttp=true if the network is trusted");
        }
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        // only literal addresses are judged: a name is never resolved here
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
