package dev.camelstripe.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.model.Charge;
import dev.camelstripe.examples.routes.Csv;
import dev.camelstripe.examples.sandbox.Webhooks;
import dev.camelstripe.examples.sandbox.ShopActivity;
import dev.camelstripe.examples.sandbox.StripeError;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.SecurityPolicyResult;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The example application as it ships (application.properties, the Java and the YAML routes), against a sandbox,
 * with triggers polling every 100 ms from the beginning and no seeding: each test makes the data its routes work on
 * and asserts the outcome in the sandbox or in the files the routes write.
 */
class ExampleRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    @TempDir
    static Path work;

    static StripeSandbox sandbox;
    static Main main;
    static int httpPort;

    @BeforeAll
    static void start() throws Exception {
        sandbox = StripeSandbox.start(Clock.systemUTC(), 0, new Random(42));
        httpPort = TestApplications.freePort();
        SandboxWebhook webhook = new SandboxWebhook(sandbox);
        Map<String, String> properties = TestApplications.properties(sandbox, work, httpPort);
        properties.putAll(webhook.properties());
        main = TestApplications.start(properties, webhook);
    }

    @AfterAll
    static void stop() {
        if (main != null) {
            main.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void everyExampleRouteIsStarted() {
        assertThat(main.getCamelContext().getRoutes()).extracting(r -> r.getRouteId())
                .containsExactlyInAnyOrder("product-catalogue", "product-upsert", "signup", "charges",
                        "charge-failed-events", "failed-charge-report", "order-payment", "order-refund",
                        "onboarding", "ledger-invoice-items", "ledger-orders", "ledger-writer");
        main.getCamelContext().getRoutes().forEach(r -> assertThat(
                main.getCamelContext().getRouteController().getRouteStatus(r.getRouteId()))
                .isEqualTo(ServiceStatus.Started));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStripeDevConsoleAndJmxShowTheConnectionAndEveryTrigger() throws Exception {
        org.apache.camel.CamelContext camel = main.getCamelContext();
        dev.camelstripe.observe.StripeDevConsole console = new dev.camelstripe.observe.StripeDevConsole();
        console.setCamelContext(camel); // as the console registry does when dev consoles are on
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            org.apache.camel.util.json.JsonObject json = (org.apache.camel.util.json.JsonObject) console
                    .call(org.apache.camel.console.DevConsole.MediaType.JSON);
            assertThat((List<Object>) json.get("triggers")).extracting(t -> (Object) ((Map<?, ?>) t).get("route"))
                    .containsExactlyInAnyOrder("charges", "onboarding", "ledger-invoice-items", "ledger-orders");
            assertThat((List<?>) json.get("triggers"))
                    .allSatisfy(t -> assertThat(((Number) ((Map<?, ?>) t).get("polls")).longValue()).isPositive());
            assertThat((List<?>) json.get("connections")).hasSize(1);
            assertThat(org.apache.camel.util.json.Jsoner.serialize(json)).contains("sk_test_****:")
                    .doesNotContain("sk_test_example_routes_test");
        });
        javax.management.MBeanServer jmx = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        assertThat(jmx.queryNames(new javax.management.ObjectName("org.apache.camel:context=" + camel.getName()
                                                                  + ",type=components,name=\"stripe\""), null))
                .hasSize(1);
    }

    @Test
    void theComponentPublishesItsMetersToTheApplicationsMeterRegistry() {
        io.micrometer.core.instrument.MeterRegistry registry = main.getCamelContext().getRegistry()
                .findSingleByType(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(registry).isInstanceOf(io.micrometer.core.instrument.logging.LoggingMeterRegistry.class);
        // a meter exists once the component recorded into it (a step registry counts per minute, so not its count)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(registry.find("stripe.client.requests").tag("operation", "newCharges").tag("status", "200")
                    .timers()).isNotEmpty().allSatisfy(timer -> assertThat(timer.getId().getTag("connection"))
                    .startsWith("sk_test_****:"));
            assertThat(registry.find("stripe.trigger.polls").tag("operation", "newCustomers").meters()).isNotEmpty();
        });
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain("sk_test_example_routes_test"));
    }

    @Test
    void productFilesCreateProductsAndAChangedFileUpdatesOne() throws Exception {
        Path inbox = work.resolve("catalogue/inbox");
        Seeder.drop("seed/products/camel-t-shirt.json", inbox.resolve("camel-t-shirt.json"));
        Seeder.drop("seed/products/camel-mug.json", inbox.resolve("camel-mug.json"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sandbox.products().find("prod_example_camel_tshirt")).hasValueSatisfying(p -> assertThat(p)
                    .containsEntry("name", "Camel T-shirt")
                    .containsEntry("description", "Organic cotton, camel on the front")
                    .containsEntry("shippable", true)
                    .containsEntry("unit_label", "shirt")
                    .containsEntry("images", List.of("https://example.com/images/camel-t-shirt.png"))
                    .containsEntry("metadata", Map.of("sku", "TS-001", "source", "catalogue-folder")));
            assertThat(sandbox.products().find("prod_example_camel_mug")).hasValueSatisfying(p -> assertThat(p)
                    .containsEntry("name", "Camel Mug").containsEntry("description", "350 ml, dishwasher safe"));
        });

        Seeder.drop("seed/product-updates/camel-t-shirt.json", inbox.resolve("camel-t-shirt.json"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                sandbox.products().find("prod_example_camel_tshirt").orElseThrow())
                .containsEntry("description", "Organic cotton, camel on the front, now in sand and night blue")
                .containsEntry("metadata", Map.of("sku", "TS-001", "source", "catalogue-folder",
                        "colours", "sand,night-blue"))
                .containsEntry("name", "Camel T-shirt")
                .containsEntry("unit_label", "shirt"));  // what the changed file leaves out stays
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(files(inbox.resolve(".done")))
                .filteredOn(f -> f.getFileName().toString().startsWith("camel-")).hasSize(3));
    }

    @Test
    void aProductFileWithoutIdCreatesOneAndARejectedFileMovesToFailed() throws Exception {
        Path inbox = work.resolve("catalogue/inbox");
        write(inbox.resolve("stickers.json"), "{\"name\": \"Sticker pack (test)\", \"active\": false}");
        write(inbox.resolve("nameless.json"), "{\"description\": \"no name\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sandbox.products().all()).filteredOn(p -> "Sticker pack (test)".equals(p.get("name")))
                    .singleElement().satisfies(p -> assertThat(p).containsEntry("active", false));
            assertThat(files(inbox.resolve(".failed"))).singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString()).startsWith("nameless.json."));
        });
        assertThat(sandbox.products().all()).noneMatch(p -> "no name".equals(p.get("description")));
    }

    @Test
    void aSignUpBecomesACustomerThatIsThenOnboarded() throws Exception {
        HttpResponse<String> response = post("{\"email\": \"signup.test@example.com\", \"name\": \"Sign Up\","
                                             + " \"phone\": \"+44 20 7946 0000\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
        String id = (String) answer.get("id");
        assertThat(answer).containsOnlyKeys("id", "email").containsEntry("email", "signup.test@example.com");
        assertThat(sandbox.customers().find(id)).hasValueSatisfying(c -> assertThat(c)
                .containsEntry("email", "signup.test@example.com").containsEntry("name", "Sign Up")
                .containsEntry("phone", "+44 20 7946 0000"));

        // newCustomers -> getCustomer -> updateCustomer (onboarding.yaml)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                sandbox.customers().find(id).orElseThrow().get("metadata")).isEqualTo(Map.of(
                "channel", "signup-form", "onboarding", "done",
                "onboarded_at", java.time.LocalDate.now().toString())));
    }

    @Test
    void aSignUpWithFieldsAFormDoesNotHaveIsRefusedAndNothingIsSent() throws Exception {
        long calls = sandbox.callCount("POST", "/v1/customers");

        HttpResponse<String> response = post("{\"email\": \"x@example.com\", \"balance\": -100000,"
                                             + " \"coupon\": \"FREE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readValue(response.body(), Map.class)).isEqualTo(Map.of("error",
                "Unknown field(s) balance, coupon: a sign-up has only email, name, phone"));
        assertThat(post("{\"name\": \"No Email\"}").body())
                .isEqualTo("{\"error\":\"email is required and must be an email address\"}");
        assertThat(post("[\"email\"]").statusCode()).isEqualTo(400);
        assertThat(post("{\"email\": \"x@example.com\", \"name\": \"" + "n".repeat(257) + "\"}").body())
                .isEqualTo("{\"error\":\"name must be at most 256 characters\"}");
        assertThat(sandbox.callCount("POST", "/v1/customers")).isEqualTo(calls);
    }

    @Test
    void aSignUpBodyAboveTheCapIs413AndNothingIsSent() throws Exception {
        long calls = sandbox.callCount("POST", "/v1/customers");

        HttpResponse<String> response = post("{\"email\": \"x@example.com\", \"name\": \"" + "n".repeat(20_000)
                                             + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(sandbox.callCount("POST", "/v1/customers")).isEqualTo(calls);
    }

    @Test
    void aStripeFailureAnswersAGenericMessageWithAReferenceAndLogsTheDetails() throws Exception {
        sandbox.faults().failNext("POST", "/v1/customers", new StripeError(402, "card_error", "card_declined",
                "Your card was declined (sandbox detail 7f3e).", null));
        HttpResponse<String> response;
        List<String> logged;
        try (LoggedMessages signup = new LoggedMessages("signup")) {
            response = post("{\"email\": \"declined@example.com\"}");
            logged = signup.messages();
        }

        assertThat(response.statusCode()).isEqualTo(502);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
        String reference = (String) answer.get("reference");
        assertThat(reference).matches("signup-[0-9a-f]{1,16}");
        assertThat(answer).containsOnlyKeys("error", "reference").containsEntry("error",
                "The sign-up could not be completed. Please try again later, and quote the reference if it keeps "
                + "failing.");
        assertThat(response.body()).doesNotContain("7f3e").doesNotContain("card");
        assertThat(logged).singleElement().asString().startsWith("WARN sign-up failed, reference " + reference + ": ")
                .contains("402").contains("card_declined").contains("Your card was declined (sandbox detail 7f3e).");
    }

    @Test
    void theSignUpEndpointListensOnLoopbackOnly() throws Exception {
        VertxPlatformHttpServerConfiguration http = main.getCamelContext().getRegistry()
                .lookupByNameAndType("examples-http-server-configuration", VertxPlatformHttpServerConfiguration.class);
        assertThat(http.getBindHost()).isEqualTo("127.0.0.1");
        assertThat(post("{\"email\": \"loopback@example.com\"}").statusCode()).isEqualTo(201);

        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress()).toList();
        for (InetAddress address : otherAddresses) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, httpPort), 2000))
                        .as("connection to %s:%d", address, httpPort).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void theApplicationAsShippedGetsNoSecurityWarning() {
        SecurityPolicyResult security = main.getCamelContext().getCamelContextExtension()
                .getContextPlugin(SecurityPolicyResult.class);

        assertThat(security).isNotNull();
        assertThat(security.getViolations()).isEmpty();
    }

    @Test
    void everyNewCustomerIsOnboarded() {
        sandbox.customers().create(Map.of("email", "dashboard@example.com", "name", "From the dashboard"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sandbox.customers().all())
                .allSatisfy(c -> assertThat(c.get("metadata")).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("onboarding", "done")));
    }

    @Test
    void failedChargesAreReportedAndInvoiceItemsAndOrdersLedgered() {
        List<ShopActivity.Round> rounds = new ArrayList<>();
        while (rounds.size() < 12 || rounds.stream().noneMatch(ShopActivity.Round::chargeFailed)) {
            rounds.add(sandbox.activity().tick());
        }
        List<String> failedCharges = sandbox.charges().all().stream()
                .filter(c -> "failed".equals(c.get("status"))).map(ExampleRoutesTest::reportLine).toList();
        List<String> ledger = new ArrayList<>();
        sandbox.invoiceItems().all().forEach(i -> ledger.add(ledgerLine("invoiceitem", i, "date",
                i.get("invoice"))));
        sandbox.orders().all().forEach(o -> ledger.add(ledgerLine("order", o, "created", o.get("status"))));
        assertThat(failedCharges).hasSizeLessThan(rounds.size()).isNotEmpty();
        assertThat(ledger).hasSize(2 * rounds.size());

        Path report = work.resolve("reports/failed-charges.csv");
        Path ledgerFile = work.resolve("ledger/ledger.csv");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(lines(report)).containsExactlyInAnyOrderElementsOf(failedCharges);
            assertThat(lines(ledgerFile)).containsExactlyInAnyOrderElementsOf(ledger);
        });
        // every card failure also came as a signed charge.failed event, which the route took (2xx): reported once
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sandbox.webhooks().deliveries())
                .filteredOn(Webhooks.Delivery::succeeded).extracting(Webhooks.Delivery::eventId)
                .containsExactlyInAnyOrderElementsOf(failedChargeEvents()));
        // the webhook endpoint's figures say the same: each of those events delivered once, nothing refused
        dev.camelstripe.observe.StripeDevConsole console = new dev.camelstripe.observe.StripeDevConsole();
        console.setCamelContext(main.getCamelContext());
        org.apache.camel.util.json.JsonObject json = (org.apache.camel.util.json.JsonObject) console
                .call(org.apache.camel.console.DevConsole.MediaType.JSON);
        assertThat((List<?>) json.get("webhooks")).hasSize(1);
        Map<?, ?> webhook = (Map<?, ?>) ((List<?>) json.get("webhooks")).get(0);
        assertThat(webhook.get("route")).isEqualTo("charge-failed-events");
        assertThat(webhook.get("refused")).isEqualTo(0L);
        assertThat(webhook.get("delivered")).isEqualTo((long) failedChargeEvents().size());
        // and nothing more arrives: each object exactly once
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(lines(report)).hasSameSizeAs(failedCharges);
            assertThat(lines(ledgerFile)).hasSameSizeAs(ledger);
        });
    }

    @Test
    void anOrderIsAuthorisedThenCapturedAndRefundedWhenCancelled() throws Exception {
        List<String> steps = List.of("/v1/payment_intents", "/v1/payment_intents/{id}/confirm",
                "/v1/payment_intents/{id}/capture", "/v1/refunds");
        List<Long> before = steps.stream().map(step -> sandbox.callCount("POST", step)).toList();
        write(work.resolve("payments/orders/B-2002.json"), "{\"order\": \"B-2002\", \"amount\": 4200,"
                + " \"currency\": \"eur\", \"payment_method\": \"pm_card_visa\"}");
        Path receiptFile = work.resolve("payments/receipts/B-2002.json");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(receiptFile));

        Map<String, Object> receipt = JSON.readValue(Files.readString(receiptFile), MAP);
        Map<String, Object> intent = sandbox.paymentIntents().get((String) receipt.get("payment_intent"));
        assertThat(intent).containsEntry("status", "succeeded").containsEntry("capture_method", "manual")
                .containsEntry("currency", "eur").containsEntry("latest_charge", receipt.get("charge"));
        assertThat(((Number) intent.get("amount_received")).longValue()).isEqualTo(4200);
        assertThat(intent.get("metadata")).isEqualTo(Map.of("order", "B-2002"));
        assertThat(receipt).containsEntry("order", "B-2002").containsEntry("status", "succeeded")
                .containsEntry("amount_received", 4200).containsEntry("currency", "eur");

        write(work.resolve("payments/cancellations/B-2002.json"), "{\"order\": \"B-2002\"}");
        Path refundFile = work.resolve("payments/refunds/B-2002.json");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(refundFile));

        Map<String, Object> record = JSON.readValue(Files.readString(refundFile), MAP);
        Map<String, Object> refund = sandbox.refunds().get((String) record.get("refund"));
        assertThat(refund).containsEntry("payment_intent", intent.get("id")).containsEntry("charge", receipt.get("charge"))
                .containsEntry("reason", "requested_by_customer");
        assertThat(((Number) refund.get("amount")).longValue()).isEqualTo(4200);
        assertThat(record).containsEntry("order", "B-2002").containsEntry("payment_intent", intent.get("id"))
                .containsEntry("status", refund.get("status")).containsEntry("amount", 4200);
        assertThat(sandbox.charges().get((String) receipt.get("charge"))).containsEntry("refunded", true);
        // one call per step: created, confirmed, captured, refunded
        assertThat(steps.stream().map(step -> sandbox.callCount("POST", step)).toList())
                .isEqualTo(before.stream().map(count -> count + 1).toList());
    }

    /**
     * A bank debit is {@code pending} when {@code newCharges} sees it and fails days later: only Stripe's
     * {@code charge.failed} event tells, and the webhook route reports it.
     */
    @Test
    void aBankDebitThatFailsAfterItAppearedIsReportedFromItsChargeFailedEvent() throws Exception {
        NotifyBuilder deliveredPending = new NotifyBuilder(main.getCamelContext()).fromRoute("charges")
                .whenAnyDoneMatches(e -> "pending".equals(e.getMessage().getBody(Charge.class).getStatus())).create();
        Map<?, ?> intent = JSON.readValue(sandboxPost("/v1/payment_intents", "amount=2500&currency=usd"
                + "&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_accountClosed"
                + "&confirm=true"), Map.class);
        String chargeId = (String) intent.get("latest_charge");
        assertThat(intent.get("status")).isEqualTo("processing");
        Path report = work.resolve("reports/failed-charges.csv");
        // the trigger delivered it pending, so nothing is reported yet
        assertThat(deliveredPending.matches(20, TimeUnit.SECONDS)).as("newCharges delivered the pending charge").isTrue();
        assertThat(lines(report)).noneMatch(line -> line.startsWith(chargeId + ","));

        sandbox.settlePayments();

        Map<String, Object> failed = sandbox.charges().get(chargeId);
        assertThat(failed.get("status")).isEqualTo("failed");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(lines(report))
                .filteredOn(line -> line.startsWith(chargeId + ",")).containsExactly(reportLine(failed)));
    }

    private static String reportLine(Map<String, Object> charge) {
        Map<?, ?> outcome = (Map<?, ?>) charge.get("outcome");
        return String.join(",", (String) charge.get("id"),
                Instant.ofEpochSecond(((Number) charge.get("created")).longValue()).toString(),
                Csv.field(charge.get("customer")), charge.get("amount").toString(), Csv.field(charge.get("currency")),
                Csv.field(charge.get("failure_code")), Csv.field(charge.get("failure_message")),
                Csv.field(outcome == null ? null : outcome.get("type")));
    }

    private static String ledgerLine(String kind, Map<String, Object> object, String timeField, Object detail) {
        return String.join(",", kind, (String) object.get("id"),
                Instant.ofEpochSecond(((Number) object.get(timeField)).longValue()).toString(),
                (String) object.get("customer"), object.get("amount").toString(), (String) object.get("currency"),
                detail == null ? "" : detail.toString());
    }

    /** A call to the sandbox as Stripe's API, with a form body; the answer's JSON. */
    private static String sandboxPost(String path, String form) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "Bearer sk_test_example_routes_test")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The ids of every charge.failed event the sandbox recorded. */
    private static List<String> failedChargeEvents() {
        return sandbox.events().where(event -> "charge.failed".equals(event.get("type"))).stream()
                .map(event -> (String) event.get("id")).toList();
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return TestApplications.postSignup(httpPort, json);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    private static void write(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
