// Generated from stripe.json by StarterSourcesTest: do not edit, regenerate.
package dev.camelstripe.springboot;

import java.util.Set;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stripe component's options as {@code camel.component.stripe.*} properties. An option left unset keeps the
 * component's default.
 */
@ConfigurationProperties(prefix = "camel.component.stripe")
public class StripeComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The properties whose values are secrets: actuator endpoints mask them. */
    public static final Set<String> SECRET_PROPERTIES = Set.of("camel.component.stripe.api-key");

    /** Whether to enable auto configuration of the stripe component. This is enabled by default. */
    private Boolean enabled;
    /**
     * Where the Stripe API is. Change it only for a local sandbox, a mock or an egress proxy. Plain http is
     * refused unless the host is a loopback address or allowInsecureHttp is set.
     */
    private String apiBase;
    /**
     * The Stripe API version of every call (the Stripe-Version header). The default is the newest version the
     * typed bodies fully match; a newer one works (getters of moved fields read their new location), an older
     * one brings legacy fields back. Set it empty to send none: the account's default version then applies.
     */
    private String apiVersion;
    /**
     * The options every endpoint starts from; endpoint options override them.
     */
    private dev.camelstripe.StripeConfiguration configuration;
    /**
     * Acts on a connected account (Stripe Connect), sent as the Stripe-Account header: acct_
     */
    private String stripeAccount;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
     * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now
     * be processed as a message and handled by the routing Error Handler. Important: This is only possible if
     * the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this
     * internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the
     * Camel component to hook into the 3rd party component and make this possible for future releases. By
     * default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will
     * be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure
     * can be handled during routing messages via Camel's routing error handlers. Beware that when the first
     * message is processed then creating and starting the producer may take a little time and prolong the total
     * processing time of the processing.
     */
    private Boolean lazyStartProducer;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;
    /**
     * Names this connection (API key and stripeAccount) in metrics tags, the dev console and JMX, e.g. eu-shop.
     * When not set, the name is the key's masked kind, a short fingerprint of the key, and the stripeAccount
     * (sk_live_:3fa9c2e1/acct_1): never the key.
     */
    private String connectionAlias;
    /**
     * How long to wait for a connection to Stripe, in milliseconds (or a duration such as 10s).
     */
    private java.time.Duration connectTimeout;
    /**
     * The size of the HTTP connection pool all endpoints of this component share.
     */
    private Integer maxConnections;
    /**
     * The largest answer body accepted, in bytes, counted after decompression (a small gzip body can inflate to
     * gigabytes). A larger answer fails the call with StripeResponseTooLargeException, its connection is
     * discarded, and it is not retried. The default, 16 MiB (16777216), is far above any answer Stripe gives
     * this component: a list page holds at most 100 objects, and a full page of 100 charges, the largest objects
     * read here, is about half a MiB; even a page of 100 invoices with their lines and customers expanded is a
     * few MiB. The limit bounds what one call can make the JVM hold; lower it on small heaps. At most
     * 2147483639, the largest array a JVM holds.
     */
    private Long maxResponseSize;
    /**
     * How many times a failed call is retried, by the rules of Stripe's own SDKs: network failures, 409 and 5xx,
     * unless Stripe answers Stripe-Should-Retry: false, and any answer with Stripe-Should-Retry: true (a 429
     * only then), with exponential back-off from 0.5 s to 5 s. 0 turns retries off.
     */
    private Integer maxRetries;
    /**
     * The longest one attempt of a call may take, from when it starts (connecting included) to the last byte of
     * the answer, in milliseconds (or a duration such as 80s); an answer that trickles in slowly is cut off at
     * it too. Stripe's own SDKs wait 80 seconds. A call makes one attempt more than maxRetries at most, plus the
     * waits between them: keep that total under Camel's graceful shutdown timeout (45 s by default) if calls
     * should finish at shutdown.
     */
    private java.time.Duration responseTimeout;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;
    /**
     * An HTTP proxy to reach Stripe through.
     */
    private String proxyHost;
    /**
     * The proxy's port (8080 when only proxyHost is set).
     */
    private Integer proxyPort;
    /**
     * The Stripe API key: a secret key (sk_test_, sk_live_) or a restricted key (rk_). This component never logs
     * it and Camel masks it in the endpoint URIs it shows; set it on the component rather than in a URI, since
     * Camel core traces URIs as written at TRACE level.
     */
    private String apiKey;
    /**
     * TLS settings (trust store, protocols) for the connection to Stripe.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    /**
     * Use the CamelContext's global SSLContextParameters when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters;
    /**
     * Allows a plain http apiBase on a host that is not loopback. The API key then crosses the network in clear
     * text: use it only on a network you trust.
     */
    private Boolean allowInsecureHttp;
    /**
     * How many calls may start in any window of one rateLimitPeriod on one connection (API key and Stripe
     * account), counted across every endpoint of the CamelContext that uses it; retries count too. 0 turns
     * throttling off.
     */
    private Integer rateLimit;
    /**
     * The longest a call waits for a throttle permit, in milliseconds (or a duration), 0 or more; a call that
     * would need longer fails with a StripeThrottleException that says how long it would have had to wait and
     * how much of this budget was left, and nothing is sent.
     */
    private java.time.Duration rateLimitMaxWait;
    /**
     * The window of the throttle, in milliseconds (or a duration such as 60s). A call's permit is usable again
     * one period after the call completed.
     */
    private java.time.Duration rateLimitPeriod;

    public String getApiBase() {
        return apiBase;
    }

    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public dev.camelstripe.StripeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(dev.camelstripe.StripeConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getStripeAccount() {
        return stripeAccount;
    }

    public void setStripeAccount(String stripeAccount) {
        this.stripeAccount = stripeAccount;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getConnectionAlias() {
        return connectionAlias;
    }

    public void setConnectionAlias(String connectionAlias) {
        this.connectionAlias = connectionAlias;
    }

    public java.time.Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(java.time.Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public java.time.Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(java.time.Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Integer getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Integer rateLimit) {
        this.rateLimit = rateLimit;
    }

    public java.time.Duration getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(java.time.Duration rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public java.time.Duration getRateLimitPeriod() {
        return rateLimitPeriod;
    }

    public void setRateLimitPeriod(java.time.Duration rateLimitPeriod) {
        this.rateLimitPeriod = rateLimitPeriod;
    }
}
