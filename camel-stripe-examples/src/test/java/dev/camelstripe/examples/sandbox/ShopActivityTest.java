package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopActivityTest {

    private static final long T0 = 1_700_000_000L;

    private final List<StripeSandbox> sandboxes = new ArrayList<>();

    private StripeSandbox sandbox(long seed) {
        StripeSandbox sandbox = StripeSandbox.start(new MutableClock(T0), 0, new Random(seed));
        sandboxes.add(sandbox);
        return sandbox;
    }

    @AfterEach
    void stop() {
        sandboxes.forEach(StripeSandbox::close);
    }

    @Test
    void firstTickCreatesACustomerAndOneOfEachObjectForIt() {
        StripeSandbox sandbox = sandbox(7);

        ShopActivity.Round round = sandbox.activity().tick();

        String customer = (String) round.customer().get("id");
        assertThat(sandbox.customers().count()).isEqualTo(1);
        assertThat(sandbox.charges().count()).isEqualTo(1);
        assertThat(sandbox.invoiceItems().count()).isEqualTo(1);
        assertThat(sandbox.orders().count()).isEqualTo(1);
        assertThat(round.customer()).containsEntry("description", "Created by the sandbox shop");
        assertThat((String) round.customer().get("email")).endsWith("@example.com");
        assertThat(round.charge()).containsEntry("customer", customer).containsEntry("created", T0);
        assertThat(round.invoiceItem()).containsEntry("customer", customer).containsEntry("date", T0)
                .containsEntry("amount", round.charge().get("amount"));
        assertThat(round.order()).containsEntry("customer", customer)
                .containsEntry("amount", round.charge().get("amount"));
        assertThat(sandbox.charges().get((String) round.charge().get("id"))).isEqualTo(round.charge());
    }

    @Test
    void laterTicksReuseExistingCustomers() {
        StripeSandbox sandbox = sandbox(7);
        String existing = (String) sandbox.customers().create(Map.of("email", "known@example.com")).get("id");

        for (int i = 0; i < 10; i++) {
            assertThat(sandbox.activity().tick().customer()).containsEntry("id", existing);
        }
        assertThat(sandbox.customers().count()).isEqualTo(1);
        assertThat(sandbox.charges().count()).isEqualTo(10);
    }

    @Test
    void failedChargesCarryTheDeclineFieldsAndSucceededOnesDoNot() {
        StripeSandbox sandbox = sandbox(42);
        List<ShopActivity.Round> rounds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rounds.add(sandbox.activity().tick());
        }

        List<ShopActivity.Round> failed = rounds.stream().filter(ShopActivity.Round::chargeFailed).toList();
        List<ShopActivity.Round> succeeded = rounds.stream().filter(r -> !r.chargeFailed()).toList();
        assertThat(failed).isNotEmpty();
        assertThat(succeeded).isNotEmpty();
        assertThat(sandbox.charges().all().stream().filter(c -> "failed".equals(c.get("status"))).count())
                .isEqualTo(failed.size());
        for (ShopActivity.Round round : failed) {
            Map<String, Object> charge = round.charge();
            assertThat(charge).containsEntry("status", "failed").containsEntry("paid", false)
                    .containsEntry("captured", false).containsEntry("amount_captured", 0L)
                    .containsEntry("failure_code", "card_declined")
                    .containsEntry("failure_message", "Your card was declined.")
                    .containsEntry("balance_transaction", null);
            assertThat(charge.get("outcome")).isEqualTo(TestMaps.withNulls("network_status", "declined_by_network",
                    "reason", "generic_decline", "risk_level", "normal", "risk_score", 41L, "seller_message",
                    "The bank did not return any further details with this decline.", "type", "issuer_declined"));
            assertThat(round.order().get("status")).isIn("created", "canceled");
            assertThat(round.order()).containsEntry("charge", null);
        }
        for (ShopActivity.Round round : succeeded) {
            assertThat(round.charge()).containsEntry("status", "succeeded").containsEntry("paid", true)
                    .containsEntry("captured", true).containsEntry("amount_captured", round.charge().get("amount"))
                    .containsEntry("failure_code", null).containsEntry("failure_message", null);
            assertThat(round.charge().get("outcome")).isEqualTo(TestMaps.withNulls("network_status",
                    "approved_by_network", "reason", null, "risk_level", "normal", "risk_score", 32L,
                    "seller_message", "Payment complete.", "type", "authorized"));
            assertThat(round.order().get("status")).isIn("paid", "fulfilled", "returned");
            assertThat(round.order()).containsEntry("charge", round.charge().get("id"));
        }
    }

    @Test
    void theSameSeedMakesTheSameChoices() {
        StripeSandbox a = sandbox(2024);
        StripeSandbox b = sandbox(2024);

        for (int i = 0; i < 20; i++) {
            ShopActivity.Round ra = a.activity().tick();
            ShopActivity.Round rb = b.activity().tick();
            assertThat(rb.charge().get("amount")).isEqualTo(ra.charge().get("amount"));
            assertThat(rb.charge().get("status")).isEqualTo(ra.charge().get("status"));
            assertThat(rb.charge().get("description")).isEqualTo(ra.charge().get("description"));
            assertThat(rb.order().get("status")).isEqualTo(ra.order().get("status"));
        }
    }

    @Test
    void tickedObjectsAreServedOverHttp() {
        StripeSandbox sandbox = sandbox(3);
        ShopActivity.Round round = sandbox.activity().tick();
        SandboxClient client = new SandboxClient(sandbox);

        assertThat(client.get("/v1/charges").ids()).containsExactly(round.charge().get("id"));
        assertThat(client.get("/v1/invoiceitems").ids()).containsExactly(round.invoiceItem().get("id"));
        assertThat(client.get("/v1/orders").ids()).containsExactly(round.order().get("id"));
        assertThat(client.get("/v1/customers").ids()).containsExactly(round.customer().get("id"));
    }

    @Test
    void scheduleStartsAndStopsFromTheFacade() {
        StripeSandbox sandbox = StripeSandbox.start(Clock.systemUTC());
        sandboxes.add(sandbox);

        sandbox.startActivity(Duration.ofHours(1));
        assertThat(sandbox.activity().running()).isTrue();
        sandbox.stopActivity();
        assertThat(sandbox.activity().running()).isFalse();
        assertThat(sandbox.charges().count()).isZero();
    }
}
