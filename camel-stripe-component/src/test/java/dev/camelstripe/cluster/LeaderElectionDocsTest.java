package dev.camelstripe.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.docs.DocsPaths;
import dev.camelstripe.state.JdbcStateRepository;
import dev.camelstripe.test.FakeStripeLists;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
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
 * The leader-election samples of docs/running-more-than-one-instance.md (Java DSL, YAML DSL with Camel Main, Camel
 * Main 4.22's {@code camel.cluster.file.*} properties with a Java route), each run as two nodes on one cluster directory and one database: exactly one node's trigger route runs, and once that
 * node stops, the other's does. The lock is tried every 100 ms instead of the production value, so that this takes a
 * second; the trigger options are the samples' own (defaults), and the failover of the objects themselves is
 * {@link FailoverContract}'s.
 */
class LeaderElectionDocsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    final FakeStripeLists fake = new FakeStripeLists();

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(fake)).build();

    @TempDir
    Path clusterDirectory;

    private final DataSource database = h2();

    /** A running node: whether its trigger route runs, and how to stop it. */
    private record Node(String name, CamelContext context, AutoCloseable stop) {
        boolean polls() {
            return context.getRouteController().getRouteStatus("new-charges") == ServiceStatus.Started;
        }
    }

    @BeforeEach
    void stripeLists() {
        stripe.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void theJavaSample() throws Exception {
        oneLeadsThenTheOtherTakesOver(javaNode("a"), javaNode("b"));
    }

    @Test
    void theYamlSampleWithCamelMain() throws Exception {
        oneLeadsThenTheOtherTakesOver(mainNode("a", null, "leader-elected.yaml"),
                mainNode("b", null, "leader-elected.yaml"));
    }

    @Test
    void theCamel422PropertiesSampleWithCamelMain() throws Exception {
        String sample = "cluster/leader-elected-4.22.properties";
        assertThat(DocsPaths.pageShows("running-more-than-one-instance.md", DocsPaths.testResource(sample)))
                .as("docs/running-more-than-one-instance.md shows " + sample).isTrue();
        oneLeadsThenTheOtherTakesOver(mainNode("a", sample, null), mainNode("b", sample, null));
    }

    private void oneLeadsThenTheOtherTakesOver(Node a, Node b) throws Exception {
        try {
            await().atMost(TIMEOUT).until(() -> a.polls() || b.polls());
            Node leader = a.polls() ? a : b;
            Node follower = leader == a ? b : a;
            await().during(Duration.ofMillis(500)).atMost(TIMEOUT)
                    .until(() -> leader.polls() && !follower.polls());
            assertThat(follower.context().isStarted()).as("the follower's CamelContext runs").isTrue();

            leader.stop().close();
            await().atMost(TIMEOUT).until(follower::polls);
        } finally {
            a.stop().close();
            b.stop().close();
        }
    }

    private Node javaNode(String nodeId) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setOverrideProperties(placeholders(nodeId));
        context.addComponent("stripe", stripeComponent());
        context.getRegistry().bind("jdbcState", new JdbcStateRepository(database));
        String clusterRoot = clusterDirectory.toString();

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(nodeId);
        cluster.setRoot(clusterRoot);
        context.addService(cluster);

        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS); // this test's, so that it takes a second
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("direct:charges").to("mock:charges");

                from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#jdbcState")
                        .routeId("new-charges")
                        .routePolicy(ClusteredRoutePolicy.forNamespace("stripe-triggers"))
                        .log("New charge ${header.CamelStripeObjectId}")
                        .to("direct:charges");
            }
        });
        context.start();
        return new Node(nodeId, context, context::stop);
    }

    /** A Camel Main node with the properties sample (or none), and a YAML route file, or (null) the Java route. */
    private Node mainNode(String nodeId, String propertiesSample, String yamlRoute) {
        Main main = new Main();
        Properties placeholders = placeholders(nodeId);
        if (yamlRoute != null) {
            placeholders.put("camel.main.routes-include-pattern", "classpath:cluster/" + yamlRoute);
        }
        main.setOverrideProperties(placeholders);
        if (propertiesSample != null) {
            main.setDefaultPropertyPlaceholderLocation("classpath:" + propertiesSample);
        }
        main.bind("stripe", stripeComponent());
        main.bind("jdbcState", new JdbcStateRepository(database));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:charges").to("mock:charges");
                if (yamlRoute == null) {
                    from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#jdbcState")
                            .routeId("new-charges").routePolicyRef("triggerLeader").to("direct:charges");
                }
            }
        });
        main.start();
        await().atMost(TIMEOUT).until(() -> main.getCamelContext() != null && main.getCamelContext().isStarted());
        return new Node(nodeId, main.getCamelContext(), main::stop);
    }

    private Properties placeholders(String nodeId) {
        Properties placeholders = new Properties();
        placeholders.put("stripe.api-key", "sk_test_leader_election_" + nodeId);
        placeholders.put("stripe.node-id", nodeId);
        placeholders.put("stripe.cluster-root", clusterDirectory.toString());
        placeholders.put("stripe.lock-interval-ms", "100");
        return placeholders;
    }

    private StripeComponent stripeComponent() {
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiBase(stripe.baseUrl());
        return component;
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:leader-election-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
