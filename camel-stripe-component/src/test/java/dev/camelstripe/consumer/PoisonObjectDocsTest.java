package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poison-object routes of docs/triggers.md ({@link PoisonChargeRoutes}), run by their own schedulers against the
 * fake Stripe list: the charge the ledger refuses is moved aside, the charges after it are delivered, and the
 * trigger's position passes it.
 */
class PoisonObjectDocsTest extends ConsumerTestSupport {

    @BeforeEach
    void configureTheComponentAndTheLedger() throws Exception {
        StripeComponent component = context.getComponent("stripe", StripeComponent.class);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the user's step fails on one charge; its failure is the trigger route's to handle
                errorHandler(noErrorHandler());
                from("direct:ledger").process(exchange -> {
                    if ("ch_poison".equals(exchange.getMessage().getHeader(StripeConstants.OBJECT_ID))) {
                        throw new IllegalArgumentException("the ledger has no account for ch_poison");
                    }
                }).to("mock:ledger");
                from("direct:poison-charges-store").to("mock:poison");
            }
        });
        long created = STARTED_AT + 1;
        for (String id : List.of("ch_ok1", "ch_poison", "ch_ok2")) {
            fake.add(CHARGES, id, created++);
        }
        // the trigger starts from now; Stripe answers its first poll when the charges are past their settle time
        fake.beforeRequest(1, () -> clock.advance(Duration.ofMinutes(2)));
    }

    private void assertThePoisonChargeWasMovedAsideAndTheTriggerWentOn() {
        MockEndpoint ledger = context.getEndpoint("mock:ledger", MockEndpoint.class);
        MockEndpoint poison = context.getEndpoint("mock:poison", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(ledger.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(StripeConstants.OBJECT_ID))
                    .containsExactly("ch_ok1", "ch_ok2");
            assertThat(poison.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(StripeConstants.OBJECT_ID))
                    .containsExactly("ch_poison");
        });
        StripePollingConsumer consumer = (StripePollingConsumer) context.getRoutes().stream()
                .filter(route -> route.getConsumer() instanceof StripePollingConsumer).findFirst().orElseThrow()
                .getConsumer();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(consumer.getState().cursorId()).isEqualTo("ch_ok2"));
        assertThat(new ScheduledPollConsumerHealthCheck(consumer, "consumer:charges").call(Map.of())
                .getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aDeadLetterChannelMovesThePoisonChargeAside() throws Exception {
        context.addRoutes(PoisonChargeRoutes.deadLetterChannel());

        assertThePoisonChargeWasMovedAsideAndTheTriggerWentOn();
        assertThat(context.getEndpoint("mock:poison", MockEndpoint.class).getReceivedExchanges().get(0)
                .getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .hasMessage("the ledger has no account for ch_poison");
    }

    @Test
    void onExceptionHandledMovesThePoisonChargeAside() throws Exception {
        context.addRoutes(PoisonChargeRoutes.handledException());

        assertThePoisonChargeWasMovedAsideAndTheTriggerWentOn();
    }
}
