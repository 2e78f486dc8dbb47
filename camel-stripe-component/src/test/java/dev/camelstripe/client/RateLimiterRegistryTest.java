package dev.camelstripe.client;

import java.net.URI;
import java.time.Duration;

import dev.camelstripe.test.FakeTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** How long a connection's throttle lives: as long as it is used or its permits still rest, and no longer. */
class RateLimiterRegistryTest {

    private final FakeTime time = new FakeTime();
    private final RateLimiterRegistry registry = new RateLimiterRegistry(time);

    private static StripeClientSettings connection(String key) {
        return new StripeClientSettings(key, URI.create("https://api.stripe.com"), null, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ZERO);
    }

    @Test
    void aThrottleNobodyUsesGoesOnceItsPermitsHaveRested() throws Exception {
        Object endpoint = new Object();
        RateLimiter limiter = registry.acquire(endpoint, connection("sk_test_a"), 2, Duration.ofSeconds(60));
        limiter.acquire(Duration.ZERO, "test").close();
        registry.release(endpoint);

        assertThat(registry.size()).isEqualTo(1); // its permit still rests
        time.advanceMillis(60_000);
        assertThat(registry.size()).isZero();
    }

    @Test
    void anEndpointDroppedWithoutBeingStoppedLetsGoOnceItIsGarbage() {
        registry.acquire(new Object(), connection("sk_test_dropped"), 2, Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            System.gc();
            return registry.size() == 0;
        });
    }

    @Test
    void endpointsInUseMustAgreeButAnUnusedThrottleTakesNewSettingsAndKeepsItsCalls() throws Exception {
        Object first = new Object();
        RateLimiter limiter = registry.acquire(first, connection("sk_test_b"), 1, Duration.ofSeconds(60));
        limiter.acquire(Duration.ZERO, "test").close();
        assertThatThrownBy(() -> registry.acquire(new Object(), connection("sk_test_b"), 5, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);

        registry.release(first);
        RateLimiter again = registry.acquire(new Object(), connection("sk_test_b"), 5, Duration.ofSeconds(60));

        assertThat(again).isSameAs(limiter);
        assertThat(again.getLimit()).isEqualTo(5);
        for (int i = 0; i < 4; i++) { // the call just made still rests: four of five permits are free
            again.acquire(Duration.ZERO, "test").close();
        }
        assertThatThrownBy(() -> again.acquire(Duration.ZERO, "test")).isInstanceOf(StripeThrottleException.class);
    }

    @Test
    void aRetiredThrottleIsTakenOverByTheNextRegistryOfTheSameClock() throws Exception {
        Object endpoint = new Object();
        registry.acquire(endpoint, connection("sk_test_c"), 1, Duration.ofSeconds(60))
                .acquire(Duration.ZERO, "test").close();
        registry.retire();

        RateLimiter next = new RateLimiterRegistry(time).acquire(new Object(), connection("sk_test_c"), 1,
                Duration.ofSeconds(60));
        assertThatThrownBy(() -> next.acquire(Duration.ZERO, "test")).isInstanceOf(StripeThrottleException.class);
        RateLimiter otherClock = new RateLimiterRegistry(new FakeTime()).acquire(new Object(),
                connection("sk_test_c"), 1, Duration.ofSeconds(60));
        otherClock.acquire(Duration.ZERO, "test").close();
    }
}
