package dev.camelstripe;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLContext;

import dev.camelstripe.client.RateLimiterRegistry;
import dev.camelstripe.client.RetryPolicy;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeClientSettings;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.client.TimeSource;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHost;

/**
 * The {@code stripe:} component. It owns what its endpoints share: one pooled HTTP client and one throttle per
 * connection.
 */
@Component("stripe")
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
    private volatile CloseableHttpClient httpClient;

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

    /** A client for one endpoint: the shared HTTP pool, the connection's shared throttle, the endpoint's settings. */
    StripeClient createClient(StripeConfiguration config) throws Exception {
        URI apiBase = URI.create(config.getApiBase());
        StripeClientSettings.requireSecureApiBase(apiBase, config.isAllowInsecureHttp());
        StripeClientSettings settings = new StripeClientSettings(config.getApiKey(), apiBase, config.getApiVersion(),
                config.getStripeAccount(), Duration.ofMillis(config.getConnectTimeout()),
                Duration.ofMillis(config.getResponseTimeout()), Duration.ofMillis(config.getRateLimitMaxWait()));
        return new StripeClient(sharedHttpClient(), settings,
                rateLimiters().forConnection(settings, config.getRateLimit(),
                        Duration.ofMillis(config.getRateLimitPeriod())),
                new RetryPolicy(config.getMaxRetries(), () -> ThreadLocalRandom.current().nextDouble()), timeSource);
    }

    private synchronized RateLimiterRegistry rateLimiters() {
        if (rateLimiters == null) {
            rateLimiters = new RateLimiterRegistry(timeSource);
        }
        return rateLimiters;
    }

    private CloseableHttpClient sharedHttpClient() throws Exception {
        CloseableHttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                client = httpClient;
                if (client == null) {
                    SSLContextParameters tls = sslContextParameters != null
                            ? sslContextParameters : retrieveGlobalSslContextParameters();
                    SSLContext sslContext = tls == null ? null : tls.createSSLContext(getCamelContext());
                    HttpHost proxy = proxyHost == null ? null : new HttpHost(proxyHost, proxyPort == null ? 8080 : proxyPort);
                    client = StripeHttpClients.create(sslContext, proxy, maxConnections,
                            Duration.ofMillis(configuration.getConnectTimeout()));
                    httpClient = client;
                }
            }
        }
        return client;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        synchronized (this) {
            IOHelper.close(httpClient);
            httpClient = null;
            rateLimiters = null;
        }
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
