package dev.camelstripe.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A CamelContext whose {@code stripe} component talks to WireMock with a test key, on a fake clock (no real waits),
 * with endpoint retries off unless a test turns them on.
 */
abstract class ProducerTestSupport {

    static final String KEY = "sk_test_51ProducerSecretNeverShown";
    /** The ids of the fixtures stripe/customer.json and stripe/product.json. */
    static final String CUSTOMER_ID = "cus_NffrFeUfNV2Hib";
    static final String PRODUCT_ID = "prod_NWjs8kKbJWmuuc";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final FakeTime time = new FakeTime();
    CamelContext context;
    ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        context.addComponent("stripe", component(stripe.baseUrl(), time));
        RouteBuilder routes = routes();
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** A stripe component with the test key, talking to {@code apiBase}, its own retries off, on a fake clock. */
    static StripeComponent component(String apiBase, FakeTime time) {
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(apiBase);
        component.getConfiguration().setMaxRetries(0);
        component.setTimeSource(time);
        return component;
    }

    /** Routes a test class needs, or null. */
    RouteBuilder routes() {
        return null;
    }

    /** Sends a body and headers to an endpoint; the exchange comes back with its result or its exception. */
    Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    static String fixture(String path) {
        try (InputStream in = ProducerTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Stripe-shaped 200 answer with a Request-Id. */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stripeOk(String fixture, String requestId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", requestId).withBody(fixture(fixture));
    }
}
