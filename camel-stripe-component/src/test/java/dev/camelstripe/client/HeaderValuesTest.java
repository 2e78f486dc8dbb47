package dev.camelstripe.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values that travel as headers (Stripe-Account, Stripe-Version, Idempotency-Key, the key itself) are refused
 * before anything is sent when HTTP could not carry them unchanged: HttpClient would turn a CR or LF into a space
 * and a non-ASCII character into '?', so Stripe would act on another account or key than the one configured.
 */
class HeaderValuesTest {

    static final String KEY = "sk_test_51HeaderSecretValue";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static StripeClientSettings settings(String apiKey, String apiVersion, String stripeAccount) {
        return new StripeClientSettings(apiKey, URI.create(stripe.baseUrl()), apiVersion, stripeAccount,
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO);
    }

    @Test
    void anAccountWithALineBreakIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> settings(KEY, null, "acct_1\r\nX-Evil: 1"))
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo("stripeAccount"))
                .hasMessage("stripeAccount must be printable ASCII, but holds a carriage return (CR) at position 6 of"
                            + " 'acct_1\\u000D\\u000AX-Evil: 1': HTTP cannot send it unchanged");
    }

    @Test
    void aVersionWithATrailingNewlineOrANonAsciiCharacterIsRefused() {
        assertThatThrownBy(() -> settings(KEY, "2024-06-20\n", null))
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo("apiVersion"))
                .hasMessageContaining("a line feed (LF) at position 10");
        assertThatThrownBy(() -> settings(KEY, "2024‐06‐20", null)) // U+2010 hyphens pasted from a web page
                .hasMessageContaining("the non-ASCII character U+2010 at position 4");
        assertThatThrownBy(() -> settings(KEY, " 2024-06-20", null))
                .hasMessage("apiVersion must not start or end with a space, was ' 2024-06-20'");
        assertThatThrownBy(() -> settings(KEY, null, ""))
                .hasMessage("stripeAccount must not be empty");
    }

    @Test
    void aKeyWithATrailingNewlineIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> settings(KEY + "\n", null, null))
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo("apiKey"))
                .hasMessage("apiKey must be printable ASCII, but holds a line feed (LF) at position 27: HTTP cannot send"
                            + " it unchanged")
                .hasMessageNotContaining("HeaderSecret");
    }

    @ParameterizedTest
    @ValueSource(strings = { "order-1\r\nX-Evil: 1", "order-1\n", "order\t1", "commande-é", "order-1\u0000", " order-1" })
    void anUnsafeIdempotencyKeyIsRefusedAndNothingIsSent(String key) {
        assertThatThrownBy(() -> StripeRequest.post("/v1/customers", Map.of(), key))
                .isInstanceOfSatisfying(StripeParameterException.class,
                        e -> assertThat(e.getParam()).isEqualTo("idempotencyKey"));
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anIdempotencyKeyLongerThanStripesLimitIsRefused() {
        assertThat(StripeRequest.post("/v1/customers", Map.of(), "k".repeat(255)).idempotencyKey()).hasSize(255);
        assertThatThrownBy(() -> StripeRequest.post("/v1/customers", Map.of(), "k".repeat(256)))
                .isInstanceOf(StripeParameterException.class)
                .hasMessage("idempotencyKey must be 1 to 255 characters, was 256");
        assertThatThrownBy(() -> StripeRequest.post("/v1/customers", Map.of(), ""))
                .hasMessage("idempotencyKey must not be empty");
    }

    @Test
    void timeoutsAndTheWaitBudgetMustMakeSense() {
        URI base = URI.create(stripe.baseUrl());
        assertThatThrownBy(() -> new StripeClientSettings(KEY, base, null, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMillis(-1)))
                .hasMessage("rateLimitMaxWait must be 0 (never wait) or more, was -1 ms");
        assertThatThrownBy(() -> new StripeClientSettings(KEY, base, null, null, Duration.ofSeconds(1), Duration.ZERO,
                Duration.ZERO))
                .hasMessage("responseTimeout must be positive, was 0 ms");
        assertThatThrownBy(() -> new StripeClientSettings(KEY, base, null, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ZERO, 0))
                .hasMessage("maxResponseSize must be at least 1 byte, was 0");
        // a body is read into one array: a limit no array can hold would fail on a large answer, not at start
        assertThatThrownBy(() -> new StripeClientSettings(KEY, base, null, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ZERO, 4L * 1024 * 1024 * 1024))
                .hasMessage("maxResponseSize must be at most 2147483639 bytes (the largest array a JVM holds: the"
                            + " body is read whole), was 4294967296");
    }
}
