package dev.camelstripe.examples.quarkus;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as deployed: its Java and YAML routes, its application.properties, the key from the environment,
 * against the project's Stripe sandbox (through a recording proxy).
 */
@QuarkusTest
@QuarkusTestResource(StripeSandboxResource.class)
class StripeRoutesTest {

    private static final String KEY = "sk_test_51QuarkusKeyFromTheEnvironment";
    private static final String SECRET_PART = "51QuarkusKeyFromTheEnvironment";

    @Inject
    CamelContext camel;
    @Inject
    ProducerTemplate template;

    SandboxApi sandbox;
    WireMockServer recorder;

    @Test
    void theJavaRouteCreatesACustomerWithExactlyTheRequestStripeExpects() {
        Map<String, Object> signup = new LinkedHashMap<>();
        signup.put("email", "ada@example.com");
        signup.put("name", "Ada Lovelace");
        signup.put("metadata", Map.of("channel", "quarkus"));

        Exchange result = template.request("direct:signup", exchange -> {
            exchange.getMessage().setBody(signup);
            exchange.getMessage().setHeader(StripeConstants.IDEMPOTENCY_KEY, "signup-ada-1");
        });

        assertThat(result.getException()).isNull();
        recorder.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
                .withHeader("Idempotency-Key", equalTo("signup-ada-1"))
                .withHeader("Stripe-Version", equalTo("2024-06-20"))
                .withRequestBody(equalTo("email=ada%40example.com&name=Ada%20Lovelace&metadata[channel]=quarkus")));
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.getEmail()).isEqualTo("ada@example.com");
        assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo(customer.getId());
        assertThat(sandbox.get("/v1/customers/" + customer.getId())).containsEntry("name", "Ada Lovelace");
    }

    @Test
    void theYamlTriggerWelcomesEachNewCustomerExactlyOnceAcrossPolls() {
        String first = newCustomer("grace@example.com");
        awaitWelcomed(first);
        String second = newCustomer("edsger@example.com");
        awaitWelcomed(second);

        // two more polls after the last delivery: neither may deliver either customer again
        int polls = listCalls();
        await().atMost(Duration.ofSeconds(10)).until(() -> listCalls() >= polls + 2);
        for (String id : List.of(first, second)) {
            recorder.verify(1, postRequestedFor(urlEqualTo("/v1/customers/" + id)));
            assertThat(sandbox.get("/v1/customers/" + id)).extracting("metadata").isEqualTo(Map.of("onboarding", "welcomed"));
        }
    }

    @Test
    void theTriggerIsHealthyInCamelsHealthCheckRegistry() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(HealthCheckHelper.invoke(camel))
                .extracting(result -> result.getCheck().getId() + "=" + result.getState())
                .contains("consumer:onboarding=UP"));
    }

    @Test
    void theKeyIsInNoLogLineWhileHttpClientLogsEveryHeader() throws Exception {
        template.requestBodyAndHeader("stripe:getCustomer", null, StripeConstants.OBJECT_ID,
                newCustomer("alan@example.com"));

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(StripeSandboxResource.LOG_FILE)
                .contains(">> Authorization: Bearer sk_test_****"));
        String log = Files.readString(StripeSandboxResource.LOG_FILE);
        assertThat(log).contains(">> GET /v1/customers/cus_");
        assertThat(log).doesNotContain(KEY).doesNotContain(SECRET_PART);
    }

    private void awaitWelcomed(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Map.of("onboarding", "welcomed").equals(sandbox.get("/v1/customers/" + id).get("metadata")));
    }

    /** A customer made by another client of the account, as the trigger would meet it. */
    private String newCustomer(String email) {
        return (String) sandbox.post("/v1/customers", Map.of("email", email)).get("id");
    }

    private int listCalls() {
        return recorder.findAll(getRequestedFor(urlPathEqualTo("/v1/customers"))).size();
    }
}
