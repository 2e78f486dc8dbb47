package dev.camelstripe.consumer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.docs.DocsPaths;
import dev.camelstripe.state.JdbcStateRepository;
import dev.camelstripe.state.LocalPostgres;
import dev.camelstripe.state.LocalPostgresExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The samples of docs/running-more-than-one-instance.md (Java DSL, YAML DSL, Camel Main properties) on the test run's
 * PostgreSQL, each trigger polled by its route's own scheduler: the position lands in the table after every object,
 * and a second node (a new repository instance) resumes from it.
 */
@ExtendWith(LocalPostgresExtension.class)
class JdbcStateRepositoryRoutesTest extends ConsumerTestSupport {

    private static final String TABLE = "stripe_positions";
    private static LocalPostgres postgres;

    @BeforeAll
    static void database(LocalPostgres server) {
        postgres = server;
    }

    @BeforeEach
    void noPositionsYet() throws Exception {
        sql("DROP TABLE IF EXISTS " + TABLE);
        context.getPropertiesComponent().setOverrideProperties(placeholders());
        context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiBase(stripe.baseUrl());
    }

    private Properties placeholders() {
        Properties properties = new Properties();
        properties.put("stripe.api-key", KEY);
        properties.put("stripe.db.url", postgres.jdbcUrl());
        properties.put("stripe.db.user", LocalPostgres.USER);
        properties.put("stripe.db.password", "unused-with-trust-authentication");
        return properties;
    }

    @Test
    void theJavaRouteKeepsItsPositionInTheTableAndANewNodeResumesFromIt() throws Exception {
        DataSource dataSource = postgres.dataSource();
        fake.add(CHARGES, "ch_1", STARTED_AT);
        fake.add(CHARGES, "ch_2", STARTED_AT + 1);
        MockEndpoint first = startNode(context, dataSource);
        letTheObjectsSettle();
        first.expectedMessageCount(2);
        first.assertIsSatisfied();
        assertThat(first.getExchanges()).extracting(e -> e.getMessage().getHeader("CamelStripeObjectId"))
                .containsExactly("ch_1", "ch_2");
        // the start position ("now" on the host's clock), the same second on Stripe's clock once its first answer
        // came, then one write per delivered object
        awaitStored("\"cursorId\":\"ch_2\"", 4);
        context.stop();

        fake.add(CHARGES, "ch_3", STARTED_AT + 2);
        CamelContext secondNode = newContext();
        secondNode.getPropertiesComponent().setOverrideProperties(placeholders());
        secondNode.getComponent("stripe", StripeComponent.class).getConfiguration().setApiBase(stripe.baseUrl());
        try {
            MockEndpoint second = startNode(secondNode, dataSource);
            letTheObjectsSettle();
            second.expectedMessageCount(1);
            second.assertIsSatisfied();
            assertThat(second.getExchanges().get(0).getMessage().getHeader("CamelStripeObjectId")).isEqualTo("ch_3");
            awaitStored("\"cursorId\":\"ch_3\"", 5);
        } finally {
            secondNode.stop();
        }
    }

    /** The Java DSL sample: the repository bound as jdbcState, the trigger naming it. */
    private static MockEndpoint startNode(CamelContext context, DataSource dataSource) throws Exception {
        context.start();
        JdbcStateRepository positions = new JdbcStateRepository(dataSource);
        positions.setTableName("stripe_positions");
        context.getRegistry().bind("jdbcState", positions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:charges").to("mock:charges");

                from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#jdbcState")
                        .log("New charge ${header.CamelStripeObjectId}: ${body.amount} ${body.currency}")
                        .to("direct:charges");
            }
        });
        return context.getEndpoint("mock:charges", MockEndpoint.class);
    }

    @Test
    void theYamlBeansAndRoute() throws Exception {
        fake.add(CHARGES, "ch_1", STARTED_AT);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:charges").to("mock:charges");
            }
        });
        MockEndpoint charges = context.getEndpoint("mock:charges", MockEndpoint.class);
        charges.expectedMessageCount(1);

        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:state/jdbc-state.yaml"));
        letTheObjectsSettle();

        charges.assertIsSatisfied();
        assertThat(context.getRegistry().lookupByName("jdbcState")).isInstanceOf(JdbcStateRepository.class)
                .hasToString("JdbcStateRepository[table=stripe_positions]");
        awaitStored("\"cursorId\":\"ch_1\"", 3);
    }

    @Test
    void theCamelMainProperties() throws Exception {
        String sample = DocsPaths.testResource("state/jdbc-state.properties");
        assertThat(DocsPaths.pageShows("running-more-than-one-instance.md", sample))
                .as("docs/running-more-than-one-instance.md shows the tested properties").isTrue();
        context.stop();
        fake.add(CHARGES, "ch_1", STARTED_AT);
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:state/jdbc-state.properties");
        main.setOverrideProperties(placeholders());
        StripeComponent stripeComponent = new StripeComponent();
        stripeComponent.setClock(clock);
        stripeComponent.getConfiguration().setApiBase(stripe.baseUrl());
        main.bind("stripe", stripeComponent);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:charges").to("mock:charges");
                from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#jdbcState").to("direct:charges");
            }
        });
        main.start();
        letTheObjectsSettle();
        try {
            MockEndpoint charges = main.getCamelContext().getEndpoint("mock:charges", MockEndpoint.class);
            charges.expectedMessageCount(1);
            charges.assertIsSatisfied();
            assertThat(main.getCamelContext().getRegistry().lookupByName("jdbcState"))
                    .hasToString("JdbcStateRepository[table=stripe_positions]");
            awaitStored("\"cursorId\":\"ch_1\"", 3);
        } finally {
            main.stop();
        }
    }

    /**
     * Moves the host's and Stripe's clock one poll delay on, right after the trigger stored its start position and
     * long before its first poll (initialDelay, 1 s): the objects it then lists have settled (settleTime, 60 s).
     */
    private void letTheObjectsSettle() {
        clock.advance(POLL_DELAY);
    }

    /** Waits until the trigger's row holds {@code fragment} at {@code version}. */
    private static void awaitStored(String fragment, long version) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (Connection connection = postgres.dataSource().getConnection();
                 Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT state_value, state_version FROM " + TABLE
                                                     + " WHERE state_key = 'stripe:newCharges'")) {
                assertThat(row.next()).as("a row for stripe:newCharges").isTrue();
                assertThat(row.getString(1)).contains(fragment);
                assertThat(row.getLong(2)).isEqualTo(version);
            }
        });
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = postgres.dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
