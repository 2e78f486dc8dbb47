package dev.camelstripe.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.camelstripe.client.StripeWebhookException;
import dev.camelstripe.client.StripeWebhookException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our verifier against stripe-java's com.stripe.net.Webhook: the same verdict on the same requests. */
class WebhookSignatureTest {

    static final String SECRET = "whsec_test_secretValueNeverLogged";
    static final String OTHER = "whsec_test_anotherSecret";
    static final long NOW = 1_700_000_000L;
    static final String PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"customer.created\",\"data\":{}}";
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    final WebhookSignature ours = new WebhookSignature(List.of(SECRET), Duration.ofSeconds(300), CLOCK);

    static String stripeSigned(String secret, long t, String payload) throws Exception {
        return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload);
    }

    @Test
    void aHeaderStripeJavaComputesIsAcceptedAndOursIsWhatStripeJavaAccepts() throws Exception {
        assertThatCode(() -> ours.verify(stripeSigned(SECRET, NOW, PAYLOAD), bytes(PAYLOAD))).doesNotThrowAnyException();

        String header = WebhookSignature.header(SECRET, NOW, bytes(PAYLOAD));
        assertThat(header).isEqualTo(stripeSigned(SECRET, NOW, PAYLOAD));
        assertThat(Webhook.Signature.verifyHeader(PAYLOAD, header, SECRET, 300, CLOCK)).isTrue();
    }

    static Stream<Arguments> requests() throws Exception {
        String good = stripeSigned(SECRET, NOW, PAYLOAD);
        return Stream.of(
                Arguments.of("signed with another secret", stripeSigned(OTHER, NOW, PAYLOAD), PAYLOAD, Reason.NO_MATCH),
                Arguments.of("body changed after signing", good, PAYLOAD.replace("evt_1", "evt_2"), Reason.NO_MATCH),
                Arguments.of("timestamp changed after signing", good.replace("t=" + NOW, "t=" + (NOW - 1)), PAYLOAD,
                        Reason.NO_MATCH),
                Arguments.of("signed 301 s ago", stripeSigned(SECRET, NOW - 301, PAYLOAD), PAYLOAD,
                        Reason.STALE_TIMESTAMP),
                Arguments.of("no timestamp", good.substring(good.indexOf(',') + 1), PAYLOAD, Reason.MALFORMED_HEADER),
                Arguments.of("only a v0 signature", good.replace("v1=", "v0="), PAYLOAD, Reason.NO_V1_SIGNATURE),
                Arguments.of("signature in upper case hex", "t=" + NOW + ",v1="
                        + good.substring(good.indexOf("v1=") + 3).toUpperCase(), PAYLOAD, Reason.NO_MATCH),
                Arguments.of("signed 300 s ago", stripeSigned(SECRET, NOW - 300, PAYLOAD), PAYLOAD, null),
                Arguments.of("a wrong v1 before the right one", "t=" + NOW + ",v1=" + "0".repeat(64) + ","
                        + good.substring(good.indexOf("v1=")), PAYLOAD, null),
                Arguments.of("a v0 beside the v1", good + ",v0=abc", PAYLOAD, null),
                Arguments.of("spaces after the commas", good.replace(",", ", "), PAYLOAD, Reason.NO_V1_SIGNATURE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theSameVerdictAsStripeJava(String what, String header, String payload, Reason refusal) {
        boolean stripeAccepts;
        try {
            stripeAccepts = Webhook.Signature.verifyHeader(payload, header, SECRET, 300, CLOCK);
        } catch (SignatureVerificationException refused) {
            stripeAccepts = false;
        }
        if (refusal == null) {
            assertThat(stripeAccepts).as("stripe-java accepts").isTrue();
            assertThatCode(() -> ours.verify(header, bytes(payload))).doesNotThrowAnyException();
        } else {
            assertThat(stripeAccepts).as("stripe-java refuses").isFalse();
            assertThatThrownBy(() -> ours.verify(header, bytes(payload)))
                    .isInstanceOfSatisfying(StripeWebhookException.class,
                            e -> assertThat(e.getReason()).isEqualTo(refusal))
                    .message().doesNotContain(SECRET).doesNotContain("evt_");
        }
    }

    @Test
    void duringARotationEitherSecretIsAccepted() throws Exception {
        WebhookSignature rotating = new WebhookSignature(List.of(OTHER, SECRET), Duration.ofSeconds(300), CLOCK);
        assertThatCode(() -> rotating.verify(stripeSigned(SECRET, NOW, PAYLOAD), bytes(PAYLOAD)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rotating.verify(stripeSigned(OTHER, NOW, PAYLOAD), bytes(PAYLOAD)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rotating.verify(stripeSigned("whsec_third", NOW, PAYLOAD), bytes(PAYLOAD)))
                .hasMessageContaining("2 secret(s)");
    }

    @Test
    void theRawBytesAreSignedNotTheirDecodedText() throws Exception {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1); // not valid UTF-8
        String header = WebhookSignature.header(SECRET, NOW, latin1);
        assertThatCode(() -> ours.verify(header, latin1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ours.verify(header, "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StripeWebhookException.class);
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThatThrownBy(() -> ours.verify(null, bytes(PAYLOAD)))
                .isInstanceOfSatisfying(StripeWebhookException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.MISSING_HEADER));
        assertThatThrownBy(() -> ours.verify("  ", bytes(PAYLOAD))).isInstanceOf(StripeWebhookException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
