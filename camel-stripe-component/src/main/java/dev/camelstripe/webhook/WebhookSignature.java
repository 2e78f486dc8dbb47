package dev.camelstripe.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.camelstripe.client.StripeWebhookException;
import dev.camelstripe.client.StripeWebhookException.Reason;

/**
 * Stripe's webhook signature scheme: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...][,v0=...]},
 * each {@code v1} the hex HMAC-SHA256, keyed with the endpoint's signing secret ({@code whsec_...}, as text), of
 * {@code "<t>.<raw body bytes>"}. A request is genuine when one {@code v1} matches under one of the secrets (several
 * during a rotation, when Stripe signs with the old and the new secret) and {@code t} is at most the tolerance old
 * (Stripe's default 300 s). Other schemes ({@code v0}) are ignored, as Stripe's SDKs do. Comparisons take the same
 * time whether or not, and wherever, the signatures differ.
 * <p>
 * Thread-safe; Camel-free.
 */
public final class WebhookSignature {

    public static final String HEADER = "Stripe-Signature";
    /** Stripe's SDKs' default tolerance. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final List<SecretKeySpec> keys;
    private final long toleranceSeconds;
    private final Clock clock;

    /**
     * @param secrets   the endpoint's signing secrets, any of which may have signed
     * @param tolerance how old a signed timestamp may be, more than 0
     */
    public WebhookSignature(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("At least one webhook signing secret is needed");
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("The webhook tolerance must be more than 0, was " + tolerance);
        }
        List<SecretKeySpec> specs = new ArrayList<>(secrets.size());
        for (String secret : secrets) {
            specs.add(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        }
        this.keys = List.copyOf(specs);
        this.toleranceSeconds = tolerance.toSeconds();
        this.clock = clock;
    }

    /**
     * Returns normally when the header proves the payload genuine and recent.
     *
     * @throws StripeWebhookException why not, without secrets, signatures or payload
     */
    public void verify(String header, byte[] payload) {
        if (header == null || header.isBlank()) {
            throw new StripeWebhookException(Reason.MISSING_HEADER, null);
        }
        long timestamp = -1;
        List<byte[]> candidates = new ArrayList<>(2);
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals < 0) {
                continue;
            }
            // no trimming: Stripe sends none, and its SDKs refuse a header with spaces
            String name = element.substring(0, equals);
            String value = element.substring(equals + 1);
            if (name.equals("t")) {
                timestamp = parseSeconds(value);
            } else if (name.equals("v1")) {
                candidates.add(value.getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (timestamp < 0) {
            throw new StripeWebhookException(Reason.MALFORMED_HEADER, null);
        }
        if (candidates.isEmpty()) {
            throw new StripeWebhookException(Reason.NO_V1_SIGNATURE, null);
        }
        if (!matchesAny(timestamp, payload, candidates)) {
            throw new StripeWebhookException(Reason.NO_MATCH, candidates.size() + " v1 signature(s), "
                                                                + keys.size() + " secret(s)");
        }
        long age = clock.instant().getEpochSecond() - timestamp;
        if (age > toleranceSeconds) {
            throw new StripeWebhookException(Reason.STALE_TIMESTAMP, "signed " + age + " s ago, tolerance "
                                                                       + toleranceSeconds + " s");
        }
    }

    /** Every secret against every candidate, so that the time taken says nothing about which one matched. */
    private boolean matchesAny(long timestamp, byte[] payload, List<byte[]> candidates) {
        boolean matched = false;
        for (SecretKeySpec key : keys) {
            byte[] expected = hex(key, timestamp, payload);
            for (byte[] candidate : candidates) {
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matched;
    }

    /** The {@code Stripe-Signature} value Stripe would send for this payload at {@code timestamp}, with one secret. */
    public static String header(String secret, long timestamp, byte[] payload) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        return "t=" + timestamp + ",v1=" + new String(hex(key, timestamp, payload), StandardCharsets.US_ASCII);
    }

    private static byte[] hex(SecretKeySpec key, long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HEX.formatHex(mac.doFinal(payload)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    private static long parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(value);
    }
}
