package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.TestClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A CamelContext with a {@code stripe} component pointed at {@link FakeStripeLists}, routes whose scheduler is not
 * started, and polls driven by the test, one {@link #poll()} at a time: no sleeps. One {@link TestClock} is both the
 * host's clock and Stripe's (the Date of the fake's answers), and each poll comes the default delay (120 s) after the
 * previous one, so the objects a test creates have settled by the next poll, as they would in production.
 */
abstract class ConsumerTestSupport {

    static final String KEY = "sk_test_51ConsumerSecretValueNeverLogged";
    static final String CHARGES = "/v1/charges";
    /** "Now" for every trigger with startFrom=now (the default): the second the test's objects start from. */
    static final long STARTED_AT = 1_700_000_000L;
    /** What the scheduler leaves between two polls by default. */
    static final Duration POLL_DELAY = Duration.ofSeconds(120);

    final FakeStripeLists fake = new FakeStripeLists();
    /** The host's clock and Stripe's: they agree, as with a host whose clock is right. */
    final TestClock clock = TestClock.atSecond(STARTED_AT);

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(fake)).build();

    CamelContext context;
    final List<Exchange> received = new CopyOnWriteArrayList<>();
    /** Ids whose exchange fails (the route throws) while they are in this set. */
    final Set<String> failing = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startCamel() throws Exception {
        fake.clock(clock);
        stripe.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(200)));
        context = newContext();
        context.start();
    }

    /** A fresh CamelContext with a stripe component on the test's clock, whose retry waits take no real time. */
    CamelContext newContext() {
        CamelContext camel = new DefaultCamelContext();
        StripeComponent component = new StripeComponent();
        component.setTimeSource(new FakeTime());
        component.setClock(clock);
        camel.addComponent("stripe", component);
        return camel;
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    String uri(String operation, String options) {
        return "stripe:" + operation + "?apiKey=" + KEY + "&apiBase=" + stripe.baseUrl()
               + "&startScheduler=false&rateLimit=0" + (options.isEmpty() ? "" : "&" + options);
    }

    /** Starts route "r" from the trigger, collecting each exchange; ids in {@link #failing} throw. */
    StripePollingConsumer route(String operation, String options) throws Exception {
        return route(context, operation, options);
    }

    StripePollingConsumer route(CamelContext camel, String operation, String options) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(operation, options)).routeId("r").process(exchange -> {
                    String id = exchange.getMessage().getHeader("CamelStripeObjectId", String.class);
                    if (failing.contains(id)) {
                        throw new IllegalStateException("route refuses " + id);
                    }
                    received.add(exchange.copy());
                });
            }
        });
        return (StripePollingConsumer) camel.getRoute("r").getConsumer();
    }

    /**
     * The message of the IllegalArgumentException that refuses a route from the trigger at start (Camel wraps it in
     * its own route start failure), having checked that nothing was sent to Stripe.
     */
    String startFailure(String operation, String options) {
        Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> route(operation, options));
        while (!(failure instanceof IllegalArgumentException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        org.assertj.core.api.Assertions.assertThat(failure).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(fake.calls()).isEmpty();
        return failure.getMessage();
    }

    StripePollingConsumer consumer() {
        return (StripePollingConsumer) context.getRoute("r").getConsumer();
    }

    /**
     * One poll as the scheduler runs it, {@link #POLL_DELAY} after the previous one: poll strategy, error counting and
     * exception handler included.
     */
    void poll() {
        poll(consumer());
    }

    void poll(StripePollingConsumer consumer) {
        clock.advance(POLL_DELAY);
        consumer.run();
    }

    List<String> receivedIds() {
        List<String> ids = new ArrayList<>();
        received.forEach(e -> ids.add(e.getMessage().getHeader("CamelStripeObjectId", String.class)));
        return ids;
    }

    /** Adds charges {@code prefix1..prefixN}, oldest first, one second apart from {@code firstCreated}. */
    List<String> addCharges(String prefix, int count, long firstCreated) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = prefix + i;
            fake.add(CHARGES, id, firstCreated + i - 1);
            ids.add(id);
        }
        return ids;
    }

    long listCalls() {
        return fake.calls().stream().filter(c -> c.startsWith("/v1/")).count();
    }
}
