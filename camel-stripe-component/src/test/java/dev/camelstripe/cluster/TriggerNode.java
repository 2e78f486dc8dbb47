package dev.camelstripe.cluster;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.support.service.ServiceSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One instance of an application whose {@code newCharges} trigger is leader-elected: a CamelContext with Camel's
 * {@link FileLockClusterService} on a directory all instances share, the trigger route under a
 * {@link ClusteredRoutePolicy}, and the position in a {@link JdbcStateRepository} on the one shared database. The
 * trigger polls every 20 ms, three objects a page, with no settle time, so that a failover test takes a second; the
 * lock is tried every 100 ms and a leader that stopped updating its heartbeat for 300 ms counts as gone.
 */
final class TriggerNode implements AutoCloseable {

    static final String NAMESPACE = "stripe-triggers";
    static final String ROUTE = "new-charges";
    static final String FAST_TRIGGER = "&startFrom=beginning&settleTime=0&delay=20&initialDelay=0&pageSize=3";

    /** What the route does with each delivered object (its id); it may block to keep an exchange in flight. */
    interface Sink {
        void delivered(String id) throws Exception;
    }

    private final CamelContext context = new DefaultCamelContext();

    TriggerNode(String name, String apiBase, String apiKey, DataSource database, String table, Path clusterRoot,
                Sink sink) throws Exception {
        Properties placeholders = new Properties();
        placeholders.put("stripe.api-key", apiKey);
        context.getPropertiesComponent().setOverrideProperties(placeholders);
        StripeComponent stripe = new StripeComponent();
        stripe.getConfiguration().setApiBase(apiBase);
        context.addComponent("stripe", stripe);

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(clusterRoot.toString());
        cluster.setAcquireLockDelay(1, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(3);
        context.addService(cluster);

        JdbcStateRepository positions = new JdbcStateRepository(database);
        positions.setTableName(table);
        context.getRegistry().bind("jdbcState", positions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#jdbcState" + FAST_TRIGGER)
                        .routeId(ROUTE)
                        .routePolicy(ClusteredRoutePolicy.forNamespace(NAMESPACE))
                        .process(exchange -> sink.delivered(
                                exchange.getMessage().getHeader("CamelStripeObjectId", String.class)));
            }
        });
    }

    TriggerNode start() {
        context.start();
        return this;
    }

    /** Whether this node's trigger route runs: it leads. */
    boolean polls() {
        return context.getRouteController().getRouteStatus(ROUTE) == ServiceStatus.Started;
    }

    /**
     * Whether the trigger's consumer was told to shut down: a stopping CamelContext suspends a polling consumer first
     * (then waits for its exchanges in flight), a leader election stops it.
     */
    boolean consumerShuttingDown() {
        ServiceSupport consumer = (ServiceSupport) context.getRoute(ROUTE).getConsumer();
        return consumer.isSuspendingOrSuspended() || consumer.isStoppingOrStopped();
    }

    @Override
    public void close() {
        context.stop();
    }

    /** A DataSource for an H2 or PostgreSQL JDBC URL (PostgreSQL's with its user in the URL). */
    static DataSource dataSource(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(jdbcUrl);
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(jdbcUrl);
        return h2;
    }
}
