package dev.camelstripe;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLContext;

import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.RateLimiterRegistry;
import dev.camelstripe.client.RetryPolicy;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeClientSettings;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.client.StripeTransport;
import dev.camelstripe.client.TimeSource;
import dev.camelstripe.observe.Figures;
import dev.camelstripe.observe.StripeObservability;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;
import org.apache.hc.core5.http.HttpHost;

/**
 * The {@code stripe:} component. It owns what its endpoints share: one pooled HTTP client (with the timer that ends
 * attempts at their deadline) and one throttle per connection.
 * <p>
 * Stopping it lets calls in flight finish, for up to Camel's shutdown timeout, before the pool is closed; a call
 * still running then is cut short and fails with a {@link dev.camelstripe.client.StripeConnectionException} that
 * says it may have been executed. The throttles outlive a stop: a restarted component (or a new one in the same JVM,
 * as a restarted CamelContext makes) remembers the calls of the last period.
 */
@Component("stripe")
@ManagedResource(description = "Stripe component")
public class StripeComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private StripeConfiguration configuration = new StripeConfiguration();
    @Metadata(label = "security")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "proxy")
    private String proxyHost;
    @Metadata(label = "proxy")
    private Integer proxyPort;
    @Metadata(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;

    private TimeSource timeSource = TimeSource.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private RateLimiterRegistry rateLimiters;
    private volatile StripeTransport transport;
    private ScheduledExecutorService deadlineTimer;
    private StripeObservability observability;

    public StripeComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        StripeOperation operation = StripeOperation.parse(remaining,
                StripeOperation.inEndpoint(URISupport.sanitizeUri(uri)));
        StripeEndpoint endpoint = new StripeEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * A client for one endpoint: the shared HTTP pool, the connection's shared throttle, the endpoint's settings.
     * Give it back with {@link #releaseClient(Object)} when the endpoint stops.
     *
     * @param user the endpoint, which holds the connection's throttle until released (or garbage collected)
     */
    StripeClient createClient(StripeEndpoint user, StripeConfiguration config) throws Exception {
        URI apiBase = URI.create(config.getApiBase());
        StripeClientSettings.requireSecureApiBase(apiBase, config.isAllowInsecureHttp(),
                StripeHttpClients.proxyFor(apiBase, explicitProxy()));
        StripeClientSettings settings = new StripeClientSettings(config.getApiKey(), apiBase, config.getApiVersion(),
                config.getStripeAccount(), Duration.ofMillis(config.getConnectTimeout()),
                Duration.ofMillis(config.getResponseTimeout()), Duration.ofMillis(config.getRateLimitMaxWait()),
                config.getMaxResponseSize());
        RetryPolicy retries = new RetryPolicy(config.getMaxRetries(), () -> ThreadLocalRandom.current().nextDouble());
        RateLimiter throttle = rateLimiters().acquire(user, settings, config.getRateLimit(),
                Duration.ofMillis(config.getRateLimitPeriod()));
        return new StripeClient(sharedTransport(), settings, throttle, retries, timeSource,
                getObservability().callListener(user.getOperation().name(), settings, config.getConnectionAlias(),
                        throttle));
    }

    /** What this component's connections and triggers did: for the dev console, JMX and Micrometer. */
    public synchronized StripeObservability getObservability() {
        if (observability == null) {
            observability = new StripeObservability(getCamelContext(), clock, timeSource);
        }
        return observability;
    }

    @ManagedAttribute(description = "Per connection: throttle window and permits, waiters, calls, retries, the last 429")
    public javax.management.openmbean.TabularData getConnections() {
        return Figures.table(getObservability().connections());
    }

    @ManagedAttribute(description = "Whether meters are published to a Micrometer MeterRegistry")
    public boolean isPublishingMetrics() {
        return getObservability().publishesMetrics();
    }

    /** The endpoint stopped: its connection's throttle may go once nobody uses it and its permits have rested. */
    void releaseClient(Object user) {
        rateLimiters().release(user);
    }

    /** The component's throttles; see {@link RateLimiterRegistry} for how long each lives. */
    synchronized RateLimiterRegistry rateLimiters() {
        if (rateLimiters == null) {
            rateLimiters = new RateLimiterRegistry(timeSource);
        }
        return rateLimiters;
    }

    private HttpHost explicitProxy() {
        return proxyHost == null ? null : new HttpHost(proxyHost, proxyPort == null ? 8080 : proxyPort);
    }

    private StripeTransport sharedTransport() throws Exception {
        StripeTransport current = transport;
        if (current == null) {
            synchronized (this) {
                current = transport;
                if (current == null) {
                    SSLContextParameters tls = sslContextParameters != null
                            ? sslContextParameters : retrieveGlobalSslContextParameters();
                    SSLContext sslContext = tls == null ? null : tls.createSSLContext(getCamelContext());
                    deadlineTimer = getCamelContext().getExecutorServiceManager()
                            .newSingleThreadScheduledExecutor(this, "StripeAttemptDeadlines");
                    current = new StripeTransport(StripeHttpClients.create(sslContext, explicitProxy(),
                            maxConnections, Duration.ofMillis(configuration.getConnectTimeout())), deadlineTimer);
                    transport = current;
                }
            }
        }
        return current;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        synchronized (this) {
            if (rateLimiters != null) {
                rateLimiters.retire(); // what still rests is kept for this component's next start, or a new one
            }
            if (transport != null) {
                transport.close(drainTimeout());
                transport = null;
                getCamelContext().getExecutorServiceManager().shutdownNow(deadlineTimer);
                deadlineTimer = null;
            }
        }
    }

    /**
     * How long calls in flight may finish when the component stops: Camel's graceful shutdown timeout (45 s by
     * default), or nothing when Camel already waited that long for the routes and gave up.
     */
    private Duration drainTimeout() {
        ShutdownStrategy shutdown = getCamelContext().getShutdownStrategy();
        if (shutdown.isForceShutdown() || shutdown.hasTimeoutOccurred()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(shutdown.getTimeUnit().toMillis(shutdown.getTimeout()));
    }

    public StripeConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint starts from; endpoint options override them. */
    public void setConfiguration(StripeConfiguration configuration) {
        this.configuration = configuration;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings (trust store, protocols) for the connection to Stripe. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the CamelContext's global SSLContextParameters when sslContextParameters is not set. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** An HTTP proxy to reach Stripe through. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** The proxy's port (8080 when only proxyHost is set). */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** The size of the HTTP connection pool all endpoints of this component share. */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Clock getClock() {
        return clock;
    }

    /**
     * Replaces the wall clock that tells a trigger with startFrom=now when it started. A seam for tests (set it before
     * routes start), not a user option.
     */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public TimeSource getTimeSource() {
        return timeSource;
    }

    /**
     * Replaces the clock of throttles and retry waits. A seam for tests (set it before the first endpoint starts), not
     * a user option.
     */
    public void setTimeSource(TimeSource timeSource) {
        this.timeSource = timeSource;
    }
}
