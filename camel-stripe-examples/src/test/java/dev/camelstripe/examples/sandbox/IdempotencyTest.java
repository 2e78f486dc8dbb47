package dev.camelstripe.examples.sandbox;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends SandboxTestSupport {

    @Test
    void sameKeyAndParametersReplayTheFirstResponse() {
        SandboxClient.Reply first = client.postIdempotent("/v1/customers", "email=a%40x.io&name=A",
                SandboxClient.KEY, "key-1");
        // the same parameters in another order are the same request
        SandboxClient.Reply retry = client.postIdempotent("/v1/customers", "name=A&email=a%40x.io",
                SandboxClient.KEY, "key-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Request-Id")).isNotEqualTo(first.header("Request-Id"));
        assertThat(sandbox.customers().count()).isEqualTo(1);
    }

    @Test
    void sameKeyWithOtherParametersIsAnIdempotencyError() {
        client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY, "key-2");

        SandboxClient.Reply reply = client.postIdempotent("/v1/customers", "email=b%40x.io",
                SandboxClient.KEY, "key-2");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).containsOnlyKeys("type", "message").containsEntry("type", "idempotency_error")
                .containsEntry("message", "Keys for idempotent requests can only be used with the same parameters "
                        + "they were first used with. Try using a key other than 'key-2' if you meant to execute a "
                        + "different request.");
        assertThat(sandbox.customers().count()).isEqualTo(1);
    }

    @Test
    void keysAreTrackedPerApiKey() {
        client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY, "shared");

        SandboxClient.Reply other = client.postIdempotent("/v1/customers", "email=b%40x.io",
                "sk_test_otherAccount", "shared");

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(sandbox.customers().count()).isEqualTo(2);
    }

    @Test
    void aRejectedRequestSavesNothingSoACorrectedRetryRuns() {
        SandboxClient.Reply rejected = client.postIdempotent("/v1/products", "description=no+name",
                SandboxClient.KEY, "key-3");
        SandboxClient.Reply corrected = client.postIdempotent("/v1/products", "name=Mug",
                SandboxClient.KEY, "key-3");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(sandbox.products().count()).isEqualTo(1);
    }

    @Test
    void aKeyIsForgotten24HoursAfterItsFirstUse() {
        SandboxClient.Reply first = client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY,
                "key-4");
        clock.advance(SandboxLimits.IDEMPOTENCY_RETENTION.minusSeconds(1));
        SandboxClient.Reply withinADay = client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY,
                "key-4");
        clock.advanceSeconds(1);
        SandboxClient.Reply aDayLater = client.postIdempotent("/v1/customers", "email=a%40x.io", SandboxClient.KEY,
                "key-4");

        assertThat(withinADay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(withinADay.id()).isEqualTo(first.id());
        assertThat(aDayLater.header("Idempotent-Replayed")).isNull();
        assertThat(aDayLater.id()).isNotEqualTo(first.id());
        assertThat(sandbox.customers().count()).isEqualTo(2);
    }

    @Test
    void expiredKeysAreDroppedAndBeyondTheCapTheOldestGoesFirst() {
        IdempotencyCache cache = new IdempotencyCache(clock, 3);
        AtomicInteger runs = new AtomicInteger();
        Function<String, IdempotencyCache.Outcome> call = key -> cache.execute("sk_test_a", key,
                new ApiRequest("POST", "/v1/customers", null, new Params(Map.of()), "sk_test_a"),
                () -> ApiResponse.ok(Map.of("run", runs.incrementAndGet())));

        for (String key : new String[] {"k1", "k2", "k3", "k4"}) {
            call.apply(key);
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(call.apply("k2").replayed()).isTrue();   // kept
        assertThat(call.apply("k1").replayed()).isFalse();  // the oldest was forgotten: runs again
        assertThat(runs.get()).isEqualTo(5);

        clock.advance(SandboxLimits.IDEMPOTENCY_RETENTION);
        call.apply("k5");
        assertThat(cache.size()).isEqualTo(1);
    }
}
