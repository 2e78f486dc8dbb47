package dev.camelstripe.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.client.StripeParameterException;

/**
 * The Idempotency-Keys the producer makes: {@code camel-}, a random part chosen once per process, and a counter. No
 * two calls get the same key: not in this process (the counter), not in another process nor after a restart (the
 * random part, 128 bits from {@link SecureRandom}), whatever the exchange ids (Camel's {@code SimpleUuidGenerator}
 * starts again at 1 on every start). Stripe suggests random keys with enough entropy to avoid collisions.
 * <p>
 * A key names one call; a Camel redelivery of the same step reuses it through {@link PendingCalls}, the client's own
 * retries inside the call.
 */
final class IdempotencyKeys {

    static final String PREFIX = "camel-";
    static final int MAX_LENGTH = 255;

    private static final HexFormat HEX = HexFormat.of();
    /** Cloned per call: cheaper than MessageDigest.getInstance, which searches the security providers each time. */
    private static final MessageDigest SHA_256 = sha256();

    private final String processPart;
    private final AtomicLong counter = new AtomicLong();

    IdempotencyKeys(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        this.processPart = HEX.formatHex(bytes);
    }

    /** The keys of this process; the random part is drawn when the producer first makes a key. */
    static IdempotencyKeys ofThisProcess() {
        return ThisProcess.KEYS;
    }

    /** A key no call has had before. */
    String next() {
        return PREFIX + processPart + "-" + Long.toHexString(counter.incrementAndGet());
    }

    /** What makes two calls the same call: method, path and encoded form, as a digest (the form may be personal data). */
    static String fingerprint(String method, String path, String form) {
        MessageDigest sha256 = newSha256();
        update(sha256, method);
        update(sha256, path);
        update(sha256, form);
        return HEX.formatHex(sha256.digest());
    }

    /** Checks a caller's key: Stripe takes 1 to 255 characters. */
    static String checkCallerKey(String key, String header) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new StripeParameterException(header, header + " must be 1 to " + MAX_LENGTH
                                                       + " characters, was " + key.length());
        }
        return key;
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

    /** A holder, so the random part is drawn at first use, at run time, not when the class is loaded. */
    private static final class ThisProcess {
        static final IdempotencyKeys KEYS = new IdempotencyKeys(new SecureRandom());
    }
}
