package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeEventsGapException;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Event;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** stripe:events: the trigger table's walker over GET /v1/events, its types filter and the 30-day window. */
class EventsTriggerTest extends ConsumerTestSupport {

    static final String EVENTS = "/v1/events";
    static final long THIRTY_DAYS = Duration.ofDays(30).toSeconds();

    void addEvent(String id, String type, long created, String objectJson) {
        fake.add(EVENTS, "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":" + created
                         + ",\"data\":{\"object\":" + objectJson + "}}");
    }

    List<Object> eventIds() {
        return received.stream().map(e -> e.getMessage().getHeader(StripeConstants.EVENT_ID)).toList();
    }

    @Test
    void eventsAreDeliveredOldestFirstOnceWithTypedObjectsAndTheTypeFilterGoesToStripe() throws Exception {
        addEvent("evt_1", "customer.created", STARTED_AT + 1, "{\"id\":\"cus_1\",\"object\":\"customer\"}");
        addEvent("evt_2", "customer.created", STARTED_AT + 1, "{\"id\":\"cus_2\",\"object\":\"customer\"}");
        addEvent("evt_3", "customer.created", STARTED_AT + 2, "{\"id\":\"cus_3\",\"object\":\"customer\"}");
        route("events", "types=customer.created&settleTime=0");

        poll();
        poll();

        assertThat(eventIds()).containsExactly("evt_1", "evt_2", "evt_3");
        assertThat(receivedIds()).containsExactly("cus_1", "cus_2", "cus_3"); // CamelStripeObjectId: data.object
        Event first = received.get(0).getMessage().getBody(Event.class);
        assertThat(first.getDataObject()).isInstanceOf(Customer.class);
        assertThat(received.get(0).getMessage().getHeader(StripeConstants.EVENT_TYPE)).isEqualTo("customer.created");
        assertThat(fake.calls()).first().asString().startsWith(EVENTS + "?limit=100").contains("type=customer.created");
    }

    @Test
    void severalExactTypesAreSentAsTypesAndWildcardsAreFilteredAsListed() throws Exception {
        route("events", "types=charge.succeeded,charge.failed&settleTime=0");
        poll();
        assertThat(fake.calls()).first().asString().contains("types[0]=charge.succeeded", "types[1]=charge.failed");

        context.getRouteController().stopRoute("r");
        context.removeRoute("r");
        fake.reset();
        addEvent("evt_a", "charge.succeeded", STARTED_AT + 200, "{\"id\":\"ch_1\",\"object\":\"charge\"}");
        addEvent("evt_b", "invoiceitem.created", STARTED_AT + 201, "{\"id\":\"ii_1\",\"object\":\"invoiceitem\"}");
        addEvent("evt_c", "customer.deleted", STARTED_AT + 202, "{\"id\":\"cus_1\",\"object\":\"customer\"}");
        route("events", "types=charge.*,customer.*&settleTime=0&startFrom=beginning&stateKey=wild");
        poll();

        assertThat(fake.calls()).first().asString().doesNotContain("type");
        assertThat(eventIds()).containsExactly("evt_a", "evt_c");
        assertThat(received.get(0).getMessage().getBody(Event.class).getDataObject()).isInstanceOf(Charge.class);
        assertThat(consumer().getState().cursorId()).isEqualTo("evt_c");
    }

    @Test
    void aPositionOlderThanThirtyDaysIsReportedDownUntilTheRouteAcceptsTheGap() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        long stale = STARTED_AT + 120 - THIRTY_DAYS - 3600; // the first poll comes 120 s after the start
        state.setState("stripe:events", new PollState("evt_old", stale, List.of("evt_old"), null).toJson());
        addEvent("evt_kept", "charge.succeeded", STARTED_AT - 60, "{\"id\":\"ch_1\",\"object\":\"charge\"}");

        route("events", "stateRepository=#state&settleTime=0");
        poll();

        assertThat(received).isEmpty();
        assertThat(fake.calls()).isEmpty();
        HealthCheck.Result health = new ScheduledPollConsumerHealthCheck(consumer(), "consumer:r").call(Map.of());
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getError()).get().isInstanceOfSatisfying(StripeEventsGapException.class, gap -> {
            assertThat(gap.getPosition().getEpochSecond()).isEqualTo(stale);
            assertThat(gap.getMessage()).contains("keeps events for 30 days", "eventsGap=oldest", "eventsGap=now");
        });
        poll();
        assertThat(received).isEmpty(); // still nothing skipped

        context.getRouteController().stopRoute("r");
        context.removeRoute("r");
        String logs;
        try (LogCapture capture = new LogCapture()) {
            route("events", "stateRepository=#state&settleTime=0&eventsGap=oldest");
            poll();
            logs = capture.text();
        }
        assertThat(eventIds()).containsExactly("evt_kept");
        assertThat(logs).contains("may be gone", "eventsGap=oldest");
        assertThat(new ScheduledPollConsumerHealthCheck(consumer(), "consumer:r").call(Map.of()).getState())
                .isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void acceptingTheGapFromNowDeliversOnlyWhatComesAfter() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        state.setState("stripe:events", PollState.startingAt(STARTED_AT - THIRTY_DAYS - 1).toJson());
        addEvent("evt_before", "charge.succeeded", STARTED_AT - 60, "{\"id\":\"ch_1\",\"object\":\"charge\"}");

        route("events", "stateRepository=#state&settleTime=0&eventsGap=now");
        poll();
        addEvent("evt_after", "charge.succeeded", STARTED_AT + 200, "{\"id\":\"ch_2\",\"object\":\"charge\"}");
        poll();

        assertThat(eventIds()).containsExactly("evt_after");
    }
}
