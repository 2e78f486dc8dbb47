package dev.camelstripe.consumer;

import dev.camelstripe.client.StripeTriggerStalledException;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An object whose delivery keeps failing stalls the trigger (delivery is in order and at least once): the stall is
 * visible in the consumer's health check, naming the object, the attempts and the last cause.
 */
class PoisonObjectTest extends ConsumerTestSupport {

    private HealthCheck.Result health() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        // what camel.health.enabled=true and camel.health.consumers-enabled=true do in Camel Main
        registry.setEnabled(true);
        if (registry.getCheck("consumers").isEmpty()) {
            registry.register(registry.resolveById("consumers"));
        }
        return HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:r")).findFirst().orElseThrow();
    }

    @Test
    void theSameObjectFailingThreeTimesInARowTurnsTheHealthCheckDownNamingItUntilItIsDelivered() throws Exception {
        addCharges("ch_", 3, 1_700_000_000L);
        route("newCharges", "startFrom=beginning");
        failing.add("ch_2");

        poll();
        poll();
        assertThat(receivedIds()).containsExactly("ch_1");
        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP); // two failures: below the threshold

        String logs;
        try (LogCapture capture = new LogCapture()) {
            poll();
            logs = capture.text();
        }
        HealthCheck.Result down = health();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getError()).get().isInstanceOfSatisfying(StripeTriggerStalledException.class, stalled -> {
            assertThat(stalled.getObjectId()).isEqualTo("ch_2");
            assertThat(stalled.getAttempts()).isEqualTo(3);
            assertThat(stalled.getCause()).hasMessage("route refuses ch_2");
            assertThat(stalled.getMessage()).isEqualTo("stripe:newCharges is stalled on ch_2: its delivery failed 3"
                    + " times in a row (last cause: IllegalStateException: route refuses ch_2). The objects after it"
                    + " wait until it is delivered: fix the route, or move the object aside with a dead-letter channel"
                    + " or onException(...).handled(true)");
        });
        assertThat(down.getDetails()).containsEntry("stripe.object.id", "ch_2")
                .containsEntry("stripe.delivery.attempts", 3);
        assertThat(logs).contains("stalled on ch_2").doesNotContain(KEY);
        assertThat(consumer().getState().failedAttempts()).isEqualTo(3);

        poll(); // still failing: still DOWN, the count goes on
        assertThat(((StripeTriggerStalledException) health().getError().orElseThrow()).getAttempts()).isEqualTo(4);

        failing.clear();
        poll();
        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(consumer().getState().failedId()).isNull();
    }

    @Test
    void theThresholdIsAnOptionAndTheCountSurvivesARestart() throws Exception {
        addCharges("ch_", 2, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&deliveryFailureThreshold=2");
        failing.add("ch_1");

        poll();
        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP);
        context.getRouteController().stopRoute("r");
        context.getRouteController().startRoute("r");
        poll();

        assertThat(health().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health().getError()).get().isInstanceOfSatisfying(StripeTriggerStalledException.class,
                stalled -> assertThat(stalled.getAttempts()).isEqualTo(2));
    }

    @Test
    void failuresOfDifferentObjectsDoNotAddUp() throws Exception {
        addCharges("ch_", 3, 1_700_000_000L);
        route("newCharges", "startFrom=beginning&deliveryFailureThreshold=2");
        failing.add("ch_1");
        poll();
        failing.clear();
        failing.add("ch_2");
        poll();

        assertThat(health().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(consumer().getState().failedId()).isEqualTo("ch_2");
        assertThat(consumer().getState().failedAttempts()).isEqualTo(1);
        assertThat(receivedIds()).containsExactly("ch_1");
    }
}
