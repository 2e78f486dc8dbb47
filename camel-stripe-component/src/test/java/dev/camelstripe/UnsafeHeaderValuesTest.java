package dev.camelstripe;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.test.Endpoints;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Header values from a message or from options that HTTP cannot carry unchanged never reach Stripe. */
class UnsafeHeaderValuesTest {

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final CamelContext context = new DefaultCamelContext();

    @BeforeEach
    void start() {
        StripeComponent component = context.getComponent("stripe", StripeComponent.class);
        component.getConfiguration().setApiKey("sk_test_51UnsafeHeaders");
        component.getConfiguration().setApiBase(stripe.baseUrl());
        context.start();
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"cus_1\",\"object\":\"customer\"}")));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void anIdempotencyKeyHeaderWithALineBreakIsRefusedAndNothingIsSent() {
        Endpoints.started(context, "stripe:createCustomer");

        Exchange result = context.createProducerTemplate().send("stripe:createCustomer", exchange -> {
            exchange.getMessage().setBody(Map.of("email", "jo@example.com"));
            exchange.getMessage().setHeader(StripeConstants.IDEMPOTENCY_KEY, "order-1\r\nStripe-Account: acct_other");
        });

        assertThat(result.getException()).isInstanceOfSatisfying(StripeParameterException.class,
                e -> assertThat(e.getMessage()).contains("a carriage return (CR) at position 7"));
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anAccountOptionWithANonAsciiCharacterStopsTheEndpointFromStarting() {
        assertThatThrownBy(() -> Endpoints.started(context, "stripe:createCustomer?stripeAccount=acct_1é"))
                .rootCause()
                .isInstanceOf(StripeParameterException.class)
                .hasMessage("stripeAccount must be printable ASCII, but holds the non-ASCII character U+00E9 at"
                            + " position 6 of 'acct_1\\u00E9': HTTP cannot send it unchanged");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
