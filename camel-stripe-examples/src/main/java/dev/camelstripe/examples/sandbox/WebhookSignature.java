package dev.camelstripe.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's {@code Stripe-Signature} header (docs.stripe.com/webhooks#verify-manually, and stripe-java's
 * {@code Webhook.Signature}): {@code t=<epoch seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, the key being the whole
 * {@code whsec_…} secret as UTF-8, with one {@code v1} per secret while a secret is being rolled.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static String header(long timestamp, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, timestamp + "." + body));
        }
        return header.toString();
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
