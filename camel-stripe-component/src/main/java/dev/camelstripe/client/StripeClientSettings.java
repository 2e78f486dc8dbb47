package dev.camelstripe.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * What one Stripe connection needs to make calls: the key, where Stripe is, which API version and account to act
 * as, and how patient to be. {@link #toString()} masks the key.
 */
public record StripeClientSettings(String apiKey, URI apiBase, String apiVersion, String stripeAccount,
                                   Duration connectTimeout, Duration responseTimeout, Duration rateLimitMaxWait) {

    public StripeClientSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required: a Stripe secret (sk_…) or restricted (rk_…) key");
        }
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(rateLimitMaxWait, "rateLimitMaxWait");
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
               + ", responseTimeout=" + responseTimeout + ", rateLimitMaxWait=" + rateLimitMaxWait + "]";
    }

    /**
     * The key must not cross a network in clear text: plain http is refused unless the host is a loopback address
     * (tests, the local sandbox) or the user opted in.
     */
    public static void requireSecureApiBase(URI apiBase, boolean allowInsecureHttp) {
        String scheme = apiBase.getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return;
        }
        if (!"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("apiBase must be an https:// URL, was " + apiBase);
        }
        if (!allowInsecureHttp && !isLoopback(apiBase.getHost())) {
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
