package dev.camelstripe;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.docs.ComponentSetup;
import dev.camelstripe.model.Customer;
import dev.camelstripe.test.ConnectProxy;
import dev.camelstripe.test.Endpoints;
import dev.camelstripe.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The JVM's networking system properties reach the connection to Stripe: a mandated proxy is used (https through a
 * CONNECT tunnel, so the key stays encrypted), plain http through a proxy is refused at start, and the TLS protocol
 * settings apply.
 */
class JvmNetworkPropertiesTest {

    static final String KEY = "sk_test_51ProxySecretNeverInClear";
    static final Path tls = TestTls.certificates();

    @RegisterExtension
    static WireMockExtension httpsStripe = WireMockExtension.newInstance().options(wireMockConfig()
            .dynamicHttpsPort().httpDisabled(true)
            .keystorePath(tls.resolve("server.p12").toString()).keystoreType("PKCS12")
            .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD)).build();

    @RegisterExtension
    static WireMockExtension httpStripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Map<String, String> saved = new HashMap<>();
    private final CamelContext context = new DefaultCamelContext();

    private void systemProperty(String name, String value) {
        saved.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }

    @AfterEach
    void restore() {
        context.stop();
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    private StripeEndpoint startedEndpoint(String uri) {
        return Endpoints.started(context, uri);
    }

    /** With the trust store sample of docs/security.md, holding the test server's certificate. */
    private void trustTheTestServer() {
        Properties properties = new Properties();
        properties.put("stripe.truststore.path", "file:" + tls.resolve("trust.p12"));
        properties.put("stripe.truststore.password", TestTls.PASSWORD);
        context.getPropertiesComponent().setInitialProperties(properties);
        ComponentSetup.corporateTrustStore(context);
    }

    @Test
    void httpsGoesThroughTheJvmsProxyInATunnelThatNeverSeesTheKey() throws Exception {
        httpsStripe.stubFor(get(urlEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\": \"cus_1\", \"object\": \"customer\"}")));
        int port = httpsStripe.getRuntimeInfo().getHttpsPort();
        try (ConnectProxy proxy = new ConnectProxy(port)) {
            systemProperty("https.proxyHost", "127.0.0.1");
            systemProperty("https.proxyPort", String.valueOf(proxy.port()));
            trustTheTestServer();
            context.start();

            // a name only the proxy can reach: the JVM never proxies loopback, whatever its settings
            StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer?apiKey=" + KEY + "&apiBase=https://"
                                                      + TestTls.PROXIED_HOST + ":" + port);
            Customer customer = endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()),
                    Customer.class).body();

            assertThat(customer.getId()).isEqualTo("cus_1");
            assertThat(proxy.connects()).containsExactly("CONNECT " + TestTls.PROXIED_HOST + ":" + port + " HTTP/1.1");
            String tunnelled = new String(proxy.tunnelledFromClients(), StandardCharsets.ISO_8859_1);
            assertThat(tunnelled).isNotEmpty().doesNotContain(KEY).doesNotContain("Authorization");
            httpsStripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                    .withHeader("Authorization", equalTo("Bearer " + KEY)));
        }
    }

    @Test
    void plainHttpThroughTheJvmsProxyIsRefusedAtStart() {
        systemProperty("http.proxyHost", "127.0.0.1");
        systemProperty("http.proxyPort", "3128");
        context.start();
        String apiBase = "http://" + TestTls.PROXIED_HOST + ":12111";

        assertThatThrownBy(() -> context.getEndpoint("stripe:getCustomer?apiKey=" + KEY + "&apiBase=" + apiBase))
                .rootCause()
                .hasMessage("apiBase " + apiBase + " is plain http through the proxy 127.0.0.1:3128"
                            + " (HTTP proxy from the JVM's proxy settings): the API key would cross the proxy in"
                            + " clear text. Use https, or set allowInsecureHttp=true if the proxy and the network"
                            + " are trusted")
                .hasMessageNotContaining(KEY);

        StripeEndpoint optedIn = startedEndpoint("stripe:getCustomer?allowInsecureHttp=true&apiKey=" + KEY
                                                 + "&apiBase=" + apiBase);
        assertThat(optedIn.getClient().getSettings().baseUrl()).isEqualTo(apiBase);
        // the JVM never proxies loopback, so the local sandbox stays usable over plain http
        assertThat(startedEndpoint("stripe:getCustomer?apiKey=" + KEY + "&apiBase=" + httpStripe.baseUrl())
                .getClient().getSettings().baseUrl()).isEqualTo(httpStripe.baseUrl());
    }

    @Test
    void plainHttpThroughTheProxyOptionIsRefusedAtStartEvenToLoopback() {
        StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
        stripe.setProxyHost("proxy.example.com");
        stripe.setProxyPort(3128);
        context.start();

        assertThatThrownBy(() -> context.getEndpoint("stripe:getCustomer?apiKey=" + KEY + "&apiBase=http://127.0.0.1:12111"))
                .rootCause()
                .hasMessageStartingWith("apiBase http://127.0.0.1:12111 is plain http through the proxy"
                                        + " proxy.example.com:3128: the API key would cross the proxy in clear text");
    }

    @Test
    void theJvmsTlsProtocolsApply() throws Exception {
        List<String> serverSide = new CopyOnWriteArrayList<>();
        try (SSLServerSocket server = tls13OnlyServer(serverSide)) {
            systemProperty("https.protocols", "TLSv1.2");
            context.start();
            StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer?maxRetries=0&apiKey=" + KEY
                                                      + "&apiBase=https://127.0.0.1:" + server.getLocalPort());

            assertThatThrownBy(() -> endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()),
                    Customer.class))
                    .isInstanceOf(StripeConnectionException.class)
                    .hasMessageContaining("SSLHandshakeException");

            // the client offered only TLSv1.2, as the property says; without it, it would offer TLSv1.3, and fail
            // later, on the certificate it does not trust
            await().until(() -> !serverSide.isEmpty());
            assertThat(serverSide.get(0)).contains("TLSv1.2");
        }
    }

    /** A TLS server on loopback that speaks only TLSv1.3 and records why each handshake failed. */
    private static SSLServerSocket tls13OnlyServer(List<String> failures) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(tls.resolve("server.p12"))) {
            keys.load(in, TestTls.PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, TestTls.PASSWORD.toCharArray());
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(keyManagers.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) sslContext.getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] { "TLSv1.3" });
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                    socket.startHandshake();
                    failures.add("handshake succeeded with " + socket.getSession().getProtocol());
                } catch (IOException handshake) {
                    failures.add(String.valueOf(handshake.getMessage()));
                }
            }
        }, "tls13-only-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }
}
