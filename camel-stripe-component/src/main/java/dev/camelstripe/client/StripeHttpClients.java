package dev.camelstripe.client;

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
 */
public final class StripeHttpClients {

    private StripeHttpClients() {
    }

    /**
     * @param sslContext     TLS settings, or {@code null} for the JVM's defaults
     * @param proxy          an HTTP proxy, or {@code null}
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
                        .build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        var builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (proxy != null) {
            builder.setProxy(proxy);
        }
        return builder.build();
    }
}
