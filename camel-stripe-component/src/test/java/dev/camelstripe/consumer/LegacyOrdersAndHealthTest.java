package dev.camelstripe.consumer;

import java.util.Map;

import dev.camelstripe.client.LegacyOrdersApiException;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyOrdersAndHealthTest extends ConsumerTestSupport {

    private HealthCheck.Result health() {
        return new ScheduledPollConsumerHealthCheck(consumer(), "consumer:r").call(Map.of());
    }

    @Test
    void a404OnOrdersIsOneClearErrorAndTheConsumerBacksOff() throws Exception {
        fake.removeApi("/v1/orders");
        route("newOrders", "");
        assertThat(consumer().getBackoffMultiplier()).isEqualTo(StripePollingConsumer.ORDERS_BACKOFF_MULTIPLIER);
        assertThat(consumer().getBackoffErrorThreshold()).isEqualTo(1);

        String logs;
        try (LogCapture capture = new LogCapture()) {
            for (int i = 0; i < StripePollingConsumer.ORDERS_BACKOFF_MULTIPLIER; i++) {
                poll();
            }
            logs = capture.text();
        }

        assertThat(fake.calls()).containsExactly("/v1/orders?limit=100");
        assertThat(logs.split("legacy Orders API", -1)).hasSizeLessThanOrEqualTo(3); // one WARN: message + trace
        assertThat(logs).doesNotContain(KEY);
        assertThat(context.getRouteController().getRouteStatus("r")).isEqualTo(ServiceStatus.Started);

        HealthCheck.Result health = health();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getError()).get().isInstanceOf(LegacyOrdersApiException.class);
        assertThat(health.getError().get().getMessage())
                .contains("legacy Orders API (GET /v1/orders)", "deprecated in 2019", "removed",
                        "old API version", "HTTP 404", "[request req_1]");
        assertThat(((LegacyOrdersApiException) health.getError().get()).getCause())
                .isInstanceOf(StripeApiException.class);

        // the scheduler asks again once the back-off has passed
        poll();
        assertThat(fake.calls()).hasSize(2);
    }

    @Test
    void camelsHealthRegistryReportsTheTriggerDownWithTheReason() throws Exception {
        fake.removeApi("/v1/orders");
        route("newOrders", "");
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        // what camel.health.enabled=true and camel.health.consumers-enabled=true do in Camel Main
        registry.setEnabled(true);
        registry.register(registry.resolveById("consumers"));

        poll();

        HealthCheck.Result consumerHealth = HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:r"))
                .findFirst().orElseThrow();
        assertThat(consumerHealth.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(consumerHealth.getError()).get().isInstanceOf(LegacyOrdersApiException.class);
        assertThat(consumerHealth.getMessage()).get().asString().contains("stripe://newOrders");
        assertThat(consumerHealth.getMessage().get()).doesNotContain(KEY);
    }

    @Test
    void theUsersOwnBackoffWinsForOrders() throws Exception {
        route("newOrders", "backoffMultiplier=2&backoffErrorThreshold=3");
        assertThat(consumer().getBackoffMultiplier()).isEqualTo(2);
        assertThat(consumer().getBackoffErrorThreshold()).isEqualTo(3);
    }

    @Test
    void otherTriggersDoNotBackOffByDefault() throws Exception {
        route("newCharges", "");
        assertThat(consumer().getBackoffMultiplier()).isZero();
    }

    @Test
    void pollFailuresMakeTheConsumerDownWithTheStripeErrorAndTheKeyStaysOutOfLogs() throws Exception {
        fake.add(CHARGES, "ch_1", 1_700_000_000L);
        route("newCharges", "startFrom=beginning&maxRetries=1");
        poll();
        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP);

        fake.add(CHARGES, "ch_2", 1_700_000_001L);
        fake.failNext(500, "api_error", null, 6);
        String logs;
        try (LogCapture capture = new LogCapture()) {
            poll();
            poll();
            poll();
            logs = capture.text();
        }
        assertThat(logs).contains("Stripe answered HTTP 500").doesNotContain(KEY).doesNotContain("51ConsumerSecret");

        HealthCheck.Result down = health();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getError()).get().isInstanceOf(StripeApiException.class);
        assertThat(((StripeApiException) down.getError().get()).getStatus()).isEqualTo(500);

        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2");
        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void invalidOptionsFailAtStartWithAClearMessage() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> route("newCharges", "pageSize=101"))
                .hasStackTraceContaining("pageSize must be 1 to 100");
    }

    @Test
    void anUnreadableStartFromFailsAtStart() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> route("newCharges", "startFrom=yesterday"))
                .hasStackTraceContaining("startFrom must be now, beginning, an ISO-8601 instant");
    }
}
