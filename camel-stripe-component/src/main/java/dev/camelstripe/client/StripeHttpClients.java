package dev.camelstripe.client;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled HttpClient 5 instance a component shares among its endpoints. Retries and redirects are off:
 * {@link StripeClient} retries by Stripe's rules, and Stripe never redirects an API call.
 * <p>
 * The JVM's networking system properties are honoured, as every Java HTTP client does by default: the proxy
 * properties ({@code https.proxyHost}, {@code https.proxyPort}, {@code http.proxyHost}, {@code http.nonProxyHosts},
 * {@code socksProxyHost} …, through the default {@link java.net.ProxySelector}) unless an explicit proxy is given,
 * and, unless TLS settings are given, the TLS ones ({@code https.protocols}, {@code https.cipherSuites},
 * {@code javax.net.ssl.*}). An https call through an HTTP proxy is tunnelled with CONNECT, so the key crosses the
 * proxy encrypted.
 */
public final class StripeHttpClients {

    private StripeHttpClients() {
    }

    /**
     * @param sslContext     TLS settings, or {@code null} for the JVM's, system properties included
     * @param proxy          an HTTP proxy, or {@code null} for the one the JVM's proxy settings choose, if any
     * @param maxConnections the pool size, which is also the limit per route since all calls go to one host
     */
    public static CloseableHttpClient create(SSLContext sslContext, HttpHost proxy, int maxConnections,
                                             Duration connectTimeout) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(new RedactingConnectionFactory())
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .useSystemProperties();
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        var builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .useSystemProperties()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (proxy != null) {
            builder.setProxy(proxy);
        }
        return builder.build();
    }

    /**
     * The proxy that calls to {@code target} go through, as {@link #create} chooses it: the explicit one, else the
     * one the JVM's proxy settings select for that URI (HTTP or SOCKS).
     *
     * @return {@code host:port} and where it came from, or {@code null} when calls go direct
     */
    public static String proxyFor(URI target, HttpHost explicitProxy) {
        if (explicitProxy != null) {
            return explicitProxy.toHostString();
        }
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return null;
        }
        for (Proxy proxy : selector.select(target)) {
            if (proxy.type() != Proxy.Type.DIRECT && proxy.address() instanceof InetSocketAddress address) {
                return address.getHostString() + ":" + address.getPort() + " (" + proxy.type()
                       + " proxy from the JVM's proxy settings)";
            }
        }
        return null;
    }
}
