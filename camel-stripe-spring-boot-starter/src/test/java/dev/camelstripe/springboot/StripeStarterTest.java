package dev.camelstripe.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConfiguration;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.springboot.app.StripeTestApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Boot application, configured only through properties, against a loopback Stripe: the properties reach the
 * component, its action and trigger routes work, the key never shows in the actuator, the health checks do.
 */
@SpringBootTest(classes = StripeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "camel.component.stripe.api-key=" + StripeStarterTest.KEY,
                        "camel.component.stripe.api-version=2024-06-20",
                        "camel.component.stripe.stripe-account=acct_1Boot",
                        "camel.component.stripe.rate-limit=5000",
                        "camel.component.stripe.rate-limit-period=30s",
                        "camel.component.stripe.connect-timeout=2500ms",
                        "camel.component.stripe.max-retries=0",
                        "camel.component.stripe.max-connections=5",
                        "stripe.other-key=" + StripeStarterTest.OTHER_KEY,
                        "management.endpoints.web.exposure.include=env,configprops,health",
                        "management.endpoint.env.show-values=always",
                        "management.endpoint.configprops.show-values=always",
                        "management.endpoint.health.show-details=always",
                        "camel.main.shutdown-timeout=5",
                        "test.failing-trigger=true" })
@DirtiesContext
class StripeStarterTest {

    static final String KEY = "sk_test_bootKey0123456789";
    static final String OTHER_KEY = "rk_live_userProperty0123456789";
    static final WireMockServer STRIPE = FakeStripe.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CamelContext camel;
    @Autowired
    ApplicationContext spring;
    @Autowired
    ProducerTemplate producer;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void stripeBase(DynamicPropertyRegistry registry) {
        registry.add("camel.component.stripe.api-base", () -> FakeStripe.baseUrl(STRIPE));
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    @Test
    void propertiesReachTheComponentAndUnsetOptionsKeepItsDefaults() {
        StripeComponent stripe = camel.getComponent("stripe", StripeComponent.class);
        assertThat(stripe).isSameAs(spring.getBean("stripe"));
        StripeConfiguration config = stripe.getConfiguration();
        assertThat(config.getApiKey()).isEqualTo(KEY);
        assertThat(config.getApiBase()).isEqualTo(FakeStripe.baseUrl(STRIPE));
        assertThat(config.getApiVersion()).isEqualTo("2024-06-20");
        assertThat(config.getStripeAccount()).isEqualTo("acct_1Boot");
        assertThat(config.getRateLimit()).isEqualTo(5000);
        assertThat(config.getRateLimitPeriod()).isEqualTo(30_000);
        assertThat(config.getConnectTimeout()).isEqualTo(2_500);
        assertThat(config.getMaxRetries()).isZero();
        assertThat(stripe.getMaxConnections()).isEqualTo(5);
        assertThat(config.getRateLimitMaxWait()).isEqualTo(60_000);
        assertThat(config.getResponseTimeout()).isEqualTo(80_000);
    }

    @Test
    void anActionRouteCallsStripeWithTheConfiguredConnection() {
        Customer customer = producer.requestBody("direct:signup", Map.of("email", "jo@example.com"), Customer.class);

        assertThat(customer.getId()).isEqualTo("cus_boot1");
        assertThat(customer.getEmail()).isEqualTo("jo@example.com");
        STRIPE.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Stripe-Version", equalTo("2024-06-20"))
                .withHeader("Stripe-Account", equalTo("acct_1Boot"))
                .withRequestBody(equalTo("email=jo%40example.com")));
    }

    @Test
    void aTriggerRouteDeliversWhatStripeLists() throws Exception {
        MockEndpoint charges = camel.getEndpoint("mock:charges", MockEndpoint.class);
        charges.expectedMinimumMessageCount(1);
        charges.assertIsSatisfied(10_000);

        Charge charge = charges.getExchanges().get(0).getMessage().getBody(Charge.class);
        assertThat(charge.getId()).isEqualTo("ch_boot1");
        assertThat(charge.getAmount()).isEqualTo(2500);
        assertThat(charges.getExchanges()).hasSize(1);
    }

    @Test
    void theEnvEndpointNeverShowsAStripeSecretEvenWithShowValuesAlways() throws Exception {
        String env = get("/actuator/env");
        assertThat(env).contains("camel.component.stripe.api-key", "stripe.other-key", "acct_1Boot")
                .doesNotContain(KEY, OTHER_KEY);
        assertThat(JSON.readTree(get("/actuator/env/camel.component.stripe.api-key")).at("/property/value").asText())
                .isEqualTo("******");
        assertThat(JSON.readTree(get("/actuator/env/stripe.other-key")).at("/property/value").asText())
                .isEqualTo("******");
    }

    @Test
    void theConfigpropsEndpointNeverShowsTheKeyEvenWithShowValuesAlways() throws Exception {
        String configprops = get("/actuator/configprops");
        JsonNode stripe = JSON.readTree(configprops).findValue("camel.component.stripe-"
                                                              + StripeComponentConfiguration.class.getName());
        assertThat(stripe).as(configprops).isNotNull();
        assertThat(stripe.at("/properties/apiKey").asText()).isEqualTo("******");
        assertThat(stripe.at("/properties/stripeAccount").asText()).isEqualTo("acct_1Boot");
        assertThat(configprops).doesNotContain(KEY, OTHER_KEY);
    }

    @Test
    void theHealthEndpointShowsATriggerDownWithStripesReason() throws Exception {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode health = JSON.readTree(get("/actuator/health"));
            JsonNode camelHealth = health.at("/components/camelHealth");
            assertThat(camelHealth.path("status").asText()).as(health.toString()).isEqualTo("DOWN");
            assertThat(camelHealth.toString()).contains("customers", "Invalid API Key provided");
        });
        assertThat(get("/actuator/health")).doesNotContain(KEY);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
