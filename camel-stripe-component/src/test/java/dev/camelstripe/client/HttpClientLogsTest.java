package dev.camelstripe.client;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HttpClient's header and wire loggers at DEBUG never print the API key, over http and https. Plain JUnit on a
 * {@code DefaultCamelContext}, so that the Camel 4.18 suite runs it on HttpClient 5.5 as this module runs it on 5.6.
 */
class HttpClientLogsTest {

    private static final String KEY = "sk_test_51HttpClientLogsSecretPart";
    private static final String SECRET_PART = "51HttpClientLogsSecretPart";
    private static final String CUSTOMER = "{\"id\":\"cus_logs\",\"object\":\"customer\",\"email\":\"jo@example.com\"}";

    private static final String PASSWORD = TestTls.PASSWORD;
    private static final Path TLS = TestTls.certificates();

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig()
            .dynamicPort().dynamicHttpsPort().keystorePath(TLS.resolve("server.p12").toString())
            .keystoreType("PKCS12").keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)).build();

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void httpClientsOwnConnectionsWouldPrintTheKeyToBothLoggers() throws Exception {
        stripe.stubFor(get("/v1/customers/cus_logs").willReturn(okJson(CUSTOMER)));
        String logs;
        try (LogCapture capture = new LogCapture(); CloseableHttpClient plain = HttpClients.createDefault()) {
            HttpGet request = new HttpGet(stripe.getRuntimeInfo().getHttpBaseUrl() + "/v1/customers/cus_logs");
            request.setHeader("Authorization", "Bearer " + KEY);
            plain.execute(request, response -> EntityUtils.toString(response.getEntity()));
            logs = capture.text();
        }

        // what this component's connections prevent, and proof that the capture sees both loggers at DEBUG
        assertThat(logs).contains("DEBUG org.apache.hc.client5.http.headers - http-outgoing-")
                .contains(">> Authorization: Bearer " + KEY);
        assertThat(logs).containsPattern("DEBUG org.apache.hc.client5.http.wire - http-outgoing-\\d+ >> "
                                         + "\"Authorization: Bearer " + KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void theHeaderLogMasksTheKeyAndTheWireLogNeverHasIt(String scheme) throws Exception {
        stripe.stubFor(get("/v1/customers/cus_logs").willReturn(okJson(CUSTOMER).withHeader("Request-Id", "req_logs")));
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase("https".equals(scheme) ? stripe.getRuntimeInfo().getHttpsBaseUrl()
                : stripe.getRuntimeInfo().getHttpBaseUrl());
        component.setSslContextParameters(trustingTheTestCertificate());
        context.addComponent("stripe", component);
        context.start();

        String logs;
        try (LogCapture capture = new LogCapture()) {
            context.createProducerTemplate().requestBodyAndHeader("stripe:getCustomer", null,
                    StripeConstants.OBJECT_ID, "cus_logs");
            logs = capture.text();
        }

        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_logs"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
        assertThat(logs).containsPattern("DEBUG org.apache.hc.client5.http.headers - stripe-outgoing-\\d+ >> GET "
                                         + "/v1/customers/cus_logs HTTP/1.1")
                .containsPattern("stripe-outgoing-\\d+ >> Authorization: Bearer sk_test_\\*{4}\\s")
                .containsPattern("stripe-outgoing-\\d+ << HTTP/1.1 200 OK")
                .containsPattern("stripe-outgoing-\\d+ << Request-Id: req_logs");
        assertThat(logs).containsPattern("DEBUG org.apache.hc.client5.http.wire - stripe-outgoing-\\d+ raw bytes are"
                                         + " not logged for Stripe calls: they carry the API key");
        assertThat(logs).doesNotContain(KEY).doesNotContain(SECRET_PART);
    }

    @Test
    void credentialsAreMaskedWhateverTheirScheme() {
        assertThat(RedactingConnectionFactory.redact(header("Authorization", "Bearer rk_live_abcdef")))
                .isEqualTo("Bearer rk_live_****");
        assertThat(RedactingConnectionFactory.redact(header("authorization", "Basic c2tfdGVzdF94eXo6")))
                .isEqualTo("Basic ****");
        assertThat(RedactingConnectionFactory.redact(header("Proxy-Authorization", "Basic dXNlcjpwYXNz")))
                .isEqualTo("Basic ****");
        assertThat(RedactingConnectionFactory.redact(header("Authorization", "sk_test_bare")))
                .isEqualTo("****");
        assertThat(RedactingConnectionFactory.redact(header("Idempotency-Key", "camel-42")))
                .isEqualTo("camel-42");
    }

    private static org.apache.hc.core5.http.Header header(String name, String value) {
        return new org.apache.hc.core5.http.message.BasicHeader(name, value);
    }

    private static SSLContextParameters trustingTheTestCertificate() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + TLS.resolve("trust.p12"));
        trustStore.setPassword(PASSWORD);
        trustStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);
        return tls;
    }
}
