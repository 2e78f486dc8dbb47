package dev.camelstripe.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.camelstripe.client.StripeParameterException;

/**
 * Derives the Idempotency-Key of a POST from what identifies one logical call: the exchange, the action, the path
 * and the encoded parameters. A Camel redelivery of the same exchange sends the same call again and so the same key
 * (Stripe then replays its first answer instead of creating a second object); another exchange, or other
 * parameters, give another key.
 */
final class IdempotencyKeys {

    static final String PREFIX = "camel-";
    static final int MAX_LENGTH = 255;

    /** Cloned per call: cheaper than MessageDigest.getInstance, which searches the security providers each time. */
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();

    private IdempotencyKeys() {
    }

    static String derive(String exchangeId, String operation, String path, String form) {
        MessageDigest sha256 = newSha256();
        update(sha256, exchangeId);
        update(sha256, operation);
        update(sha256, path);
        update(sha256, form);
        return PREFIX + HEX.formatHex(sha256.digest());
    }

    private static void update(MessageDigest sha256, String part) {
        sha256.update(part.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0); // a separator no part contains, so parts cannot run into each other
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException notCloneable) { // a provider may refuse; then look it up again
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) { // every JVM has SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    /** Checks a caller's key: Stripe takes 1 to 255 characters. */
    static String checkCallerKey(String key, String header) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new StripeParameterException(header, header + " must be 1 to " + MAX_LENGTH
                                                       + " characters, was " + key.length());
        }
        return key;
    }
}
