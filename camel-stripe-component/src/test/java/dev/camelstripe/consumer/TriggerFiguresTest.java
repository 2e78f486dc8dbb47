package dev.camelstripe.consumer;

import java.util.List;

import dev.camelstripe.observe.Figures;
import dev.camelstripe.test.ConsumerAttributes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trigger's figures after scripted polls, exact: lag on Stripe's clock, deliveries, list calls, the poison object;
 * the same in the meters, the dev console's JSON and the consumer's JMX attributes.
 */
class TriggerFiguresTest extends ConsumerTestSupport {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    CamelContext newContext() {
        CamelContext camel = super.newContext();
        camel.setDevConsole(true);
        camel.getRegistry().bind("meterRegistry", meters);
        return camel;
    }

    @Test
    void lagIsStripesClockMinusTheNewestDeliveredCreated() throws Exception {
        addCharges("ch_", 3, STARTED_AT - 100); // created STARTED_AT-100 .. STARTED_AT-98
        route("newCharges", "startFrom=beginning");
        poll(); // Stripe's clock says STARTED_AT+120

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
        assertThat(gauge("stripe.trigger.lag")).isEqualTo(218.0);
        assertThat(counter("stripe.trigger.delivered")).isEqualTo(3.0);
        assertThat(counter("stripe.trigger.list.calls")).isEqualTo(listCalls()).isEqualTo(1.0);
        assertThat(meters.get("stripe.trigger.polls").tags("route", "r", "outcome", "success").functionCounter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get("stripe.trigger.polls").tags("route", "r", "outcome", "failure").functionCounter()
                .count()).isEqualTo(0.0);
        assertThat(gauge("stripe.trigger.consecutive.failures")).isEqualTo(0.0);

        JsonObject trigger = consoleTrigger();
        assertThat(trigger).containsEntry("route", "r").containsEntry("operation", "newCharges")
                .containsEntry("lagSeconds", 218L).containsEntry("delivered", 3L).containsEntry("listCalls", 1L)
                .containsEntry("polls", 1L).containsEntry("lastPollOutcome", "SUCCESS")
                .containsEntry("consecutiveFailures", 0).containsEntry("newestCreated", "2023-11-14T22:11:42Z")
                .containsEntry("stripeNow", "2023-11-14T22:15:20Z");
        assertThat((String) trigger.get("position")).contains("\"cursorId\":\"ch_3\"");
        assertThat((String) trigger.get("progress")).startsWith("last poll: 3 objects, 1 pages, 1 list calls");
        assertJmxReadsTheSame(trigger);
    }

    @Test
    void aFailedDeliveryShowsThePoisonObjectAndCountsAsAFailureInARow() throws Exception {
        addCharges("ch_", 2, STARTED_AT - 100);
        failing.add("ch_2");
        route("newCharges", "startFrom=beginning");
        poll();
        poll();

        JsonObject trigger = consoleTrigger();
        assertThat(trigger).containsEntry("delivered", 1L).containsEntry("deliveryFailures", 2L)
                .containsEntry("poisonObjectId", "ch_2").containsEntry("poisonAttempts", 2)
                .containsEntry("lastPollOutcome", "DELIVERY_FAILED").containsEntry("consecutiveFailures", 2)
                .containsEntry("lagSeconds", 240L + 100);
        assertThat((String) trigger.get("lastPollError")).contains("route refuses ch_2");
        assertThat(counter("stripe.trigger.delivery.failures")).isEqualTo(2.0);
        assertJmxReadsTheSame(trigger);

        failing.clear();
        poll();
        assertThat(consoleTrigger()).containsEntry("delivered", 2L).containsEntry("poisonObjectId", null)
                .containsEntry("consecutiveFailures", 0).containsEntry("lastPollOutcome", "SUCCESS");
        assertThat(Jsoner.serialize(consoleTrigger())).doesNotContain(KEY.substring(8));
    }

    private JsonObject consoleTrigger() {
        DevConsole console = DevConsoleRegistry.get(context).getConsole("stripe").orElseThrow();
        JsonArray triggers = (JsonArray) ((JsonObject) console.call(DevConsole.MediaType.JSON)).get("triggers");
        assertThat(triggers).hasSize(1);
        return (JsonObject) triggers.get(0);
    }

    /** Each consumer attribute holds what the console's figure of the same name holds. */
    private void assertJmxReadsTheSame(JsonObject trigger) throws Exception {
        ConsumerAttributes.assertSameAsConsole(context, "Position", trigger, List.of("connection", "position",
                "lastPollAt", "lastPollOutcome", "lastPollError", "lagSeconds", "consecutiveFailures", "polls",
                "listCalls", "delivered", "deliveryFailures", "poisonObjectId", "poisonAttempts", "progress"));
        assertThat(Figures.of(consumer().getStats())).containsKey("route");
    }

    private double gauge(String meter) {
        return meters.get(meter).tags("route", "r", "operation", "newCharges").gauge().value();
    }

    private double counter(String meter) {
        return meters.get(meter).tags("route", "r", "operation", "newCharges").functionCounter().count();
    }
}
