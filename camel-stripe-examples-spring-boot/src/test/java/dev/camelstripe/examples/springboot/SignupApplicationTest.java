package dev.camelstripe.examples.springboot;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The example application as shipped (its application.properties, routes and sandbox), on a random port: a sign-up
 * over HTTP becomes exactly the customer it describes, the trigger delivers that customer once, the health endpoint
 * is UP, and the key shows in no log line and no actuator answer, with the component and HttpClient logging at DEBUG.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the sandbox, whatever the environment of the build holds
        "STRIPE_API_KEY=",
        // a key of this test's own, given as the application gives its own: a placeholder
        "camel.component.stripe.api-key={{test.sandbox-key}}",
        "test.sandbox-key=" + SignupApplicationTest.KEY,
        "examples.trigger.delay=100",
        "management.endpoints.web.exposure.include=*",
        // a heap dump holds every string of the process, the key included: an operator's tool, left out
        "management.endpoints.web.exposure.exclude=heapdump",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always",
        // what someone troubleshooting turns on: the component, HttpClient's request headers and raw bytes
        "logging.level.dev.camelstripe=DEBUG",
        "logging.level.org.apache.hc.client5.http.headers=DEBUG",
        "logging.level.org.apache.hc.client5.http.wire=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // stops the 100 ms polls, and the sandbox, once this class is done
class SignupApplicationTest {

    static final String KEY = "sk_test_bootExampleKey7f3a9c1e5b2d";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    StripeSandbox sandbox;
    @Autowired
    CamelContext camel;
    @Autowired
    Deliveries deliveries;
    @Autowired
    WebServerApplicationContext web;
    @LocalServerPort
    int port;

    @TestConfiguration
    static class Config {
        @Bean
        Deliveries deliveries() {
            return new Deliveries();
        }
    }

    @Test
    void aSignUpBecomesExactlyThatCustomerAndTheTriggerDeliversItOnce(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = post("{\"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        String id = JSON.readTree(answer.body()).path("id").asText();
        assertThat(JSON.readTree(answer.body()))
                .isEqualTo(JSON.readTree("{\"id\": \"" + id + "\", \"email\": \"ada@example.com\"}"));
        Map<String, Object> customer = sandbox.customers().get(id);
        assertThat(customer).containsEntry("email", "ada@example.com").containsEntry("name", "Ada Lovelace")
                .containsEntry("metadata", Map.of("channel", "signup"))
                // what a sign-up does not give stays as Stripe makes it
                .containsEntry("description", null).containsEntry("phone", null).containsEntry("address", null)
                .containsEntry("balance", 0L);

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.ids().contains(id));
        long polls = successfulPolls();
        await().atMost(Duration.ofSeconds(20)).until(() -> successfulPolls() >= polls + 3);
        assertThat(deliveries.ids()).containsOnlyOnce(id);
        assertThat(output.getOut()).contains("new customer " + id + " <ada@example.com>");
    }

    @Test
    void aBodyThatIsNotASignUpIsRefusedAndNothingReachesStripe() throws Exception {
        int before = sandbox.customers().count();

        assertRefused(post("{\"email\": \"eve@example.com\", \"balance\": -10000}"), 400,
                "unknown field balance: a sign-up takes email and name");
        assertRefused(post("{\"name\": \"Eve\"}"), 400, "email is required");
        assertRefused(post("[\"eve@example.com\"]"), 400,
                "the body is not a JSON sign-up: {\"email\": \"...\", \"name\": \"...\"}");
        // the REST DSL's own checks, before the route: a body that is not JSON, a body that does not say it is
        HttpResponse<String> notJson = post("email=eve@example.com");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).isEqualTo("Invalid JSon payload.");
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(url("/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=eve%40example.com")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);

        assertThat(sandbox.customers().count()).isEqualTo(before);
    }

    @Test
    void theHealthEndpointIsUpWithCamelsChecks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode health = JSON.readTree(get("/actuator/health").body());
            assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
            assertThat(health.at("/components/camelHealth/status").asText()).as(health.toString()).isEqualTo("UP");
        });
    }

    @Test
    void theSignUpServerListensOnLoopbackOnly() throws Exception {
        Object address = ((TomcatWebServer) web.getWebServer()).getTomcat().getConnector().getProperty("address");
        assertThat(address).as("the connector's bind address").isInstanceOfSatisfying(InetAddress.class,
                bound -> assertThat(bound.getHostAddress()).isEqualTo("127.0.0.1"));
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        // and, where the machine has another address, nothing answers there
        Optional<InetAddress> other = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (other.isPresent()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other.get(), port), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void theKeyIsInNoLogLineAndNoActuatorAnswer(CapturedOutput output) throws Exception {
        assertThat(post("{\"email\": \"grace@example.com\"}").statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> successfulPolls() >= 3);

        List<String> endpoints = new ArrayList<>();
        JSON.readTree(get("/actuator").body()).path("_links").forEach(link -> {
            if (!link.path("templated").asBoolean()) {
                endpoints.add(URI.create(link.path("href").asText()).getPath());
            }
        });
        assertThat(endpoints).contains("/actuator/env", "/actuator/configprops", "/actuator/health",
                "/actuator/beans", "/actuator/loggers");
        endpoints.add("/actuator/env/camel.component.stripe.api-key");
        endpoints.add("/actuator/env/test.sandbox-key");
        for (String endpoint : endpoints) {
            HttpResponse<String> answer = get(endpoint);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(answer.body()).as(endpoint).doesNotContain(KEY);
        }

        // DEBUG lines of HttpClient show the requests, so the check would see a key in any of them
        assertThat(output.getAll()).contains("POST /v1/customers", "GET /v1/customers", "Bearer sk_test_")
                .doesNotContain(KEY, KEY.substring(8))
                .doesNotContain("SECURITY WARNING");
    }

    private long successfulPolls() {
        return ((ScheduledPollConsumer) camel.getRoute("new-customers").getConsumer()).getSuccessCounter();
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String error) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.createObjectNode().put("error", error));
    }

    private HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url("/signup")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The customers the trigger route finished with, by id, in order. */
    static final class Deliveries extends EventNotifierSupport {
        private final List<String> ids = new CopyOnWriteArrayList<>();

        List<String> ids() {
            return ids;
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeCompletedEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            var exchange = ((CamelEvent.ExchangeCompletedEvent) event).getExchange();
            if ("new-customers".equals(exchange.getFromRouteId())) {
                ids.add(exchange.getMessage().getHeader(StripeConstants.OBJECT_ID, String.class));
            }
        }
    }
}
