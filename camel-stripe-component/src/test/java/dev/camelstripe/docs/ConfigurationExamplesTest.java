package dev.camelstripe.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.model.Customer;
import dev.camelstripe.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the configuration samples of docs/security.md and docs/throttling-retries-idempotency.md. */
class ConfigurationExamplesTest {

    static final String PASSWORD = TestTls.PASSWORD;
    /** A self-signed server certificate for 127.0.0.1 and a trust store holding only it; made before WireMock starts. */
    static final Path tls = TestTls.certificates();

    @RegisterExtension
    static WireMockExtension httpsStripe = WireMockExtension.newInstance().options(wireMockConfig()
            .dynamicHttpsPort().httpDisabled(true)
            .keystorePath(tls.resolve("server.p12").toString()).keystoreType("PKCS12")
            .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)).build();

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private void properties(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        context.getPropertiesComponent().setInitialProperties(properties);
    }

    @Test
    void eachEndpointKeepsItsOwnKeyAndShowsItMasked() throws Exception {
        properties(Map.of("stripe.eu.api-key", "rk_test_euSecretPart", "stripe.us.api-key", "rk_test_usSecretPart"));
        context.getComponent("stripe", StripeComponent.class).setLazyStartProducer(true); // no producer built here
        context.addRoutes(new TwoAccountsRoute());
        context.start();

        List<StripeEndpoint> endpoints = context.getEndpoints().stream().filter(StripeEndpoint.class::isInstance)
                .map(StripeEndpoint.class::cast).toList();
        assertThat(endpoints).extracting(endpoint -> endpoint.getConfiguration().getApiKey())
                .containsExactlyInAnyOrder("rk_test_euSecretPart", "rk_test_usSecretPart");
        for (StripeEndpoint endpoint : endpoints) {
            endpoint.start();
            assertThat(endpoint.toString()).doesNotContain("SecretPart").contains("apiKey=xxxxxx");
            assertThat(endpoint.getConfiguration().toString()).contains("apiKey=rk_test_****")
                    .doesNotContain("SecretPart");
        }
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefused() {
        context.start();
        assertThatThrownBy(() -> context.getEndpoint("stripe:getCustomer?apiKey=sk_test_clear&apiBase="
                                                     + "http://stripe-mock.internal:12111"))
                .rootCause().hasMessage("apiBase http://stripe-mock.internal:12111 is plain http to a host that is"
                                        + " not loopback: the API key would travel in clear text. Use https, or set"
                                        + " allowInsecureHttp=true if the network is trusted");
    }

    @Test
    void apiKeyFromAPlaceholder() {
        properties(Map.of("stripe.api-key", "sk_test_fromProperties"));
        ComponentSetup.apiKeyFromPlaceholder(context);
        context.start();

        StripeEndpoint endpoint = context.getEndpoint("stripe:getCustomer", StripeEndpoint.class);
        endpoint.start();
        assertThat(endpoint.getClient().getSettings().apiKey()).isEqualTo("sk_test_fromProperties");
    }

    @Test
    void corporateTrustStoreIsUsedForTheConnectionToStripe() {
        httpsStripe.stubFor(get(urlEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\": \"cus_1\", \"object\": \"customer\"}")));
        properties(Map.of("stripe.truststore.path", "file:" + tls.resolve("trust.p12"),
                "stripe.truststore.password", PASSWORD));
        ComponentSetup.corporateTrustStore(context);
        context.start();

        StripeEndpoint endpoint = context.getEndpoint("stripe:getCustomer?apiKey=sk_test_tls&apiBase="
                                                      + httpsStripe.baseUrl(), StripeEndpoint.class);
        endpoint.start();
        Customer customer = endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()),
                Customer.class).body();

        assertThat(customer.getId()).isEqualTo("cus_1");
        httpsStripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                .withHeader("Authorization", equalTo("Bearer sk_test_tls")));
    }

    @Test
    void withoutTheTrustStoreTheSameServerIsRefused() {
        context.start();
        StripeEndpoint endpoint = context.getEndpoint("stripe:getCustomer?maxRetries=0&apiKey=sk_test_tls&apiBase="
                                                      + httpsStripe.baseUrl(), StripeEndpoint.class);
        endpoint.start();

        assertThatThrownBy(() -> endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()),
                Customer.class))
                .isInstanceOf(StripeConnectionException.class)
                .hasMessageStartingWith("GET /v1/customers/cus_1 failed after 1 attempt(s): SSLHandshakeException");
        httpsStripe.verify(0, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @Test
    void testModeBudgetIsSharedByEveryEndpointOfTheKey() {
        ComponentSetup.testModeBudget(context);
        context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiKey("sk_test_budget");
        context.start();

        StripeEndpoint create = context.getEndpoint("stripe:createCustomer", StripeEndpoint.class);
        create.start();
        assertThat(create.getConfiguration().getRateLimit()).isEqualTo(20);
        assertThat(create.getConfiguration().getRateLimitPeriod()).isEqualTo(1_000);
        assertThat(create.getConfiguration().getRateLimitMaxWait()).isEqualTo(5_000);
        assertThat(create.getConfiguration().getMaxRetries()).isEqualTo(3);

        assertThatThrownBy(() -> context.getEndpoint("stripe:getCustomer?rateLimit=50")).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessage("Stripe connection sk_test_**** is already throttled at 20 calls per PT1S by"
                                        + " another endpoint; endpoints sharing a connection share its budget, so give"
                                        + " them the same rateLimit and rateLimitPeriod (asked: 50 per PT1S)");
    }
}
