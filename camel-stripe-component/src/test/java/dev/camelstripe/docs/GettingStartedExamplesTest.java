package dev.camelstripe.docs;

import java.util.Properties;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML route of docs/getting-started.md (docs/create-customer.camel.yaml) runs as the page says, with WireMock
 * standing in for the sandbox: it creates the customer once and logs it. The page's Java project is built and run
 * against the sandbox by the examples' GettingStartedProjectTest.
 */
class GettingStartedExamplesTest {

    /** The YAML route's JSON body is sent in its own order. */
    static final String FORM_FROM_JSON = "email=jenny.rosen%40example.com&description=My%20first%20customer";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private CamelContext context;

    @BeforeEach
    void sandboxSettings() {
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"cus_first\",\"object\":\"customer\","
                                                               + "\"email\":\"jenny.rosen@example.com\"}")
                .withHeader("Request-Id", "req_first")));
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("stripe.api-key", "sk_test_sandbox");
        context.getPropertiesComponent().setInitialProperties(properties);
        StripeComponent stripeComponent = context.getComponent("stripe", StripeComponent.class);
        // what camel.component.stripe.api-key / api-base in the page's application.properties set
        stripeComponent.getConfiguration().setApiKey(context.resolvePropertyPlaceholders("{{stripe.api-key}}"));
        stripeComponent.getConfiguration().setApiBase(stripe.baseUrl());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void yamlRoute() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            context.start();
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:docs/create-customer.camel.yaml"));
            await().untilAsserted(() -> assertThat(logs.text())
                    .contains("Created customer cus_first (Stripe request req_first)"));
            stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                    .withHeader("Authorization", equalTo("Bearer sk_test_sandbox"))
                    .withRequestBody(equalTo(FORM_FROM_JSON)));
        }
    }
}
