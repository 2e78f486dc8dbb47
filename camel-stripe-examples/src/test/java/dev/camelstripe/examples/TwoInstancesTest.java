package dev.camelstripe.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example application as two instances ({@code cluster.properties}, as {@code --node a} and {@code --node b} set
 * it up) in this JVM, against one sandbox, sharing one folder for the trigger lock and the positions' H2 database:
 * only the elected instance runs the trigger routes while both serve sign-ups; once it stops, the other takes over
 * from the stored positions, so that every customer is onboarded once and every invoice item written to one ledger
 * once. The lock is tried every 100 ms instead of 2 s.
 */
class TwoInstancesTest {

    private static final List<String> TRIGGER_ROUTES = List.of("charges", "onboarding", "ledger-invoice-items",
            "ledger-orders");
    private static final List<String> EVERYWHERE_ROUTES = List.of("product-catalogue", "product-upsert", "signup",
            "ledger-writer");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final StripeSandbox sandbox = StripeSandbox.start(Clock.systemUTC(), 0, new Random(7));
    private Main a;
    private Main b;

    @AfterEach
    void stop() {
        for (Main instance : new Main[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        sandbox.close();
    }

    @Test
    void onlyOneInstancePollsAndTheOtherTakesOverWhereItStopped() throws Exception {
        int portOfB = TestApplications.freePort();
        a = TestApplications.start(instance("a", TestApplications.freePort()));
        await().atMost(TIMEOUT).until(() -> runs(a, TRIGGER_ROUTES));
        b = TestApplications.start(instance("b", portOfB));
        // b waits: its trigger routes stay stopped (watched for five lock tries) while all its other routes run
        await().during(Duration.ofMillis(500)).atMost(TIMEOUT)
                .until(() -> stopped(b, TRIGGER_ROUTES) && runs(b, EVERYWHERE_ROUTES) && runs(a, TRIGGER_ROUTES));

        // a sign-up served by b creates a customer, and the shop an invoice item; a, the leader, handles both
        String ada = signUp(portOfB, "ada@example.com");
        String firstItem = (String) sandbox.activity().tick().invoiceItem().get("id");
        await().atMost(TIMEOUT).until(() -> onboarded(ada) && ledgered("a").contains(firstItem));

        a.stop();
        await().atMost(TIMEOUT).until(() -> runs(b, TRIGGER_ROUTES));
        String grace = signUp(portOfB, "grace@example.com");
        String secondItem = (String) sandbox.activity().tick().invoiceItem().get("id");
        await().atMost(TIMEOUT).until(() -> onboarded(grace) && ledgered("b").contains(secondItem));

        // every customer onboarded and every invoice item in a ledger, each once over both instances
        assertThat(sandbox.customers().all()).allSatisfy(customer -> assertThat(onboarded((String) customer.get("id")))
                .as("%s onboarded", customer.get("id")).isTrue());
        assertThat(sandbox.callCount("POST", "/v1/customers/{id}")).as("one update per customer")
                .isEqualTo(sandbox.customers().count());
        List<String> ledgered = new ArrayList<>(ledgered("a"));
        ledgered.addAll(ledgered("b"));
        assertThat(ledgered).containsExactlyInAnyOrderElementsOf(
                sandbox.invoiceItems().all().stream().map(item -> (String) item.get("id")).toList());
        assertThat(ledgered("b")).as("b went on after a's last position").doesNotContain(firstItem)
                .contains(secondItem);
    }

    /** The invoice items in an instance's ledger file, in order. */
    private List<String> ledgered(String node) throws IOException {
        Path ledger = work.resolve(node).resolve("ledger/ledger.csv");
        if (!Files.exists(ledger)) {
            return List.of();
        }
        return Files.readAllLines(ledger).stream().filter(line -> line.startsWith("invoiceitem,"))
                .map(line -> line.split(",")[1]).toList();
    }

    private Map<String, String> instance(String node, int httpPort) {
        Map<String, String> properties = TestApplications.properties(sandbox, work.resolve(node), httpPort);
        properties.putAll(Examples.clusterProperties(node, work.resolve(node), work.resolve("shared")));
        properties.put("camel.cluster.file.acquireLockInterval", "100");
        return properties;
    }

    private String signUp(int httpPort, String email) throws Exception {
        var response = TestApplications.postSignup(httpPort, "{\"email\": \"" + email + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("id").asText();
    }

    private boolean onboarded(String customerId) {
        return sandbox.customers().find(customerId)
                .map(customer -> (Map<?, ?>) customer.get("metadata"))
                .map(metadata -> "done".equals(metadata.get("onboarding"))).orElse(false);
    }

    private static boolean runs(Main instance, List<String> routes) {
        return routes.stream().allMatch(route -> status(instance, route) == ServiceStatus.Started);
    }

    private static boolean stopped(Main instance, List<String> routes) {
        return routes.stream().allMatch(route -> status(instance, route) == ServiceStatus.Stopped);
    }

    private static ServiceStatus status(Main instance, String route) {
        CamelContext context = instance.getCamelContext();
        return context.getRouteController().getRouteStatus(route);
    }
}
