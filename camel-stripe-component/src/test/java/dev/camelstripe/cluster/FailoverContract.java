package dev.camelstripe.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelstripe.test.FakeStripeLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failover of a leader-elected trigger: two nodes ({@link TriggerNode}) share a {@code FileLockClusterService}
 * directory and one database, the fake Stripe creates charges throughout (before the nodes start, while the leader
 * has an exchange in flight, between the leader's end and the takeover, and while the new leader delivers), and the
 * leader goes away in the middle of a page. Every charge is delivered; on a clean stop none twice, on a kill exactly
 * the one whose exchange was in flight. Node A leads, node B waits; each node calls Stripe with its own API key, so
 * the fake's log tells who polled when. The database is the subclass's: H2 as a TCP server, or PostgreSQL.
 */
abstract class FailoverContract {

    private static final String KEY_A = "sk_test_node_a_failover";
    private static final String KEY_B = "sk_test_node_b_failover";
    private static final String CHARGES = "/v1/charges";
    private static final long FIRST_CREATED = 1_700_000_000L;
    /** Long enough for node B to try the lock several times (every 100 ms) while node A leads. */
    private static final Duration FOLLOWER_WATCHED = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    final FakeStripeLists fake = new FakeStripeLists();

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(fake)).build();

    @TempDir
    Path clusterRoot;

    private final String table = "positions_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> deliveredByA = new CopyOnWriteArrayList<>();
    private final List<String> deliveredByB = new CopyOnWriteArrayList<>();

    /** The shared database, as the nodes of this JVM reach it. */
    abstract DataSource database();

    /** Its JDBC URL, as a node in another JVM reaches it. */
    abstract String jdbcUrl();

    @BeforeEach
    void sixChargesBeforeTheNodesStart() {
        stripe.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(200)));
        IntStream.rangeClosed(1, 6).forEach(this::addCharge);
    }

    @Test
    void aLeaderStoppedInTheMiddleOfAPageHandsOverWithNothingLostAndNothingRepeated() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TriggerNode a = node("a", KEY_A, id -> {
            deliveredByA.add(id);
            if (id.equals("ch_4")) { // the first of the second page
                inFlight.countDown();
                release.await();
            }
        }).start();
        assertThat(inFlight.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("node A delivering ch_4").isTrue();
        try (TriggerNode b = node("b", KEY_B, this::deliveredByBCreatingMore).start()) {
            nodeBWaits(b);
            addCharge(7);
            addCharge(8);

            Instant stopBegan = Instant.now();
            Thread stopping = new Thread(a::close, "stopping node A");
            stopping.start();
            await().atMost(TIMEOUT).until(a::consumerShuttingDown);
            release.countDown(); // the exchange in flight completes while node A stops
            stopping.join(TIMEOUT.toMillis());
            assertThat(stopping.isAlive()).as("node A stopped").isFalse();
            addCharge(9);
            addCharge(10);

            await().atMost(TIMEOUT).until(() -> deliveredByB.contains("ch_12"));
            assertThat(firstCallWith(KEY_B)).as("node B polls only once node A stops").isAfterOrEqualTo(stopBegan);
        }
        assertThat(deliveredByA).containsExactly(ids(1, 4));
        assertThat(deliveredByB).as("from where node A stopped, none twice").containsExactly(ids(5, 12));
        assertThat(repeated()).isEmpty();
    }

    @Test
    void aLeaderKilledWithAnExchangeInFlightHandsOverRepeatingOnlyThatExchange() throws Exception {
        Process a = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                FailoverNodeMain.class.getName(), "a", stripe.baseUrl(), KEY_A, jdbcUrl(), table,
                clusterRoot.toString(), "ch_4").redirectErrorStream(true).start();
        try {
            Thread output = new Thread(() -> readDeliveries(a), "node A output");
            output.setDaemon(true);
            output.start();
            await().atMost(TIMEOUT).until(() -> deliveredByA.contains(FailoverNodeMain.IN_FLIGHT + "ch_4"));
            try (TriggerNode b = node("b", KEY_B, this::deliveredByBCreatingMore).start()) {
                nodeBWaits(b);
                addCharge(7);
                addCharge(8);

                Instant killed = Instant.now();
                a.destroyForcibly(); // SIGKILL: ch_4's exchange never completes, its position is never written
                assertThat(a.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                addCharge(9);
                addCharge(10);

                await().atMost(TIMEOUT).until(() -> deliveredByB.contains("ch_12"));
                assertThat(firstCallWith(KEY_B)).as("node B polls only once node A is gone").isAfterOrEqualTo(killed);
            }
        } finally {
            a.destroyForcibly();
        }
        deliveredByA.remove(FailoverNodeMain.IN_FLIGHT + "ch_4");
        assertThat(deliveredByA).containsExactly(ids(1, 4));
        assertThat(deliveredByB).as("from the last position node A stored").containsExactly(ids(4, 12));
        assertThat(repeated()).as("the one exchange in flight at the kill").containsExactly("ch_4");
    }

    private TriggerNode node(String name, String key, TriggerNode.Sink sink) throws Exception {
        return new TriggerNode(name, stripe.baseUrl(), key, database(), table, clusterRoot, sink);
    }

    /** Node B is started and stays a follower while node A leads: its route stopped, no call to Stripe. */
    private void nodeBWaits(TriggerNode b) {
        await().during(FOLLOWER_WATCHED).atMost(FOLLOWER_WATCHED.multipliedBy(4))
                .until(() -> !b.polls() && callsWith(KEY_B).isEmpty());
    }

    /** Node B's route; delivering ch_5 and ch_9 creates ch_11 and ch_12 (objects created while it catches up). */
    private void deliveredByBCreatingMore(String id) {
        deliveredByB.add(id);
        if (id.equals("ch_5")) {
            addCharge(11);
        } else if (id.equals("ch_9")) {
            addCharge(12);
        }
    }

    private void addCharge(int n) {
        fake.add(CHARGES, "ch_" + n, FIRST_CREATED + n);
    }

    private void readDeliveries(Process node) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(FailoverNodeMain.DELIVERED)) {
                    deliveredByA.add(line.substring(FailoverNodeMain.DELIVERED.length()));
                } else if (line.startsWith(FailoverNodeMain.IN_FLIGHT)) {
                    deliveredByA.add(line);
                } else {
                    System.out.println("[node a] " + line);
                }
            }
        } catch (java.io.IOException killed) {
            // the stream ends with the process
        }
    }

    private List<ServeEvent> callsWith(String key) {
        return stripe.getAllServeEvents().stream()
                .filter(event -> String.valueOf(event.getRequest().getHeader("Authorization")).contains(key))
                .toList();
    }

    private Instant firstCallWith(String key) {
        return callsWith(key).stream().map(event -> event.getRequest().getLoggedDate().toInstant())
                .min(Instant::compareTo).orElseThrow();
    }

    private List<String> repeated() {
        List<String> repeated = new ArrayList<>(deliveredByA);
        repeated.retainAll(deliveredByB);
        return repeated;
    }

    private static String[] ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> "ch_" + n).toArray(String[]::new);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
