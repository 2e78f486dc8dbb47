package dev.camelstripe.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.model.StripeJson;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Stripe API calls for one connection: authenticates, encodes, throttles, retries by Stripe's rules with one
 * idempotency key per logical call, and maps the answer to a POJO or a {@link StripeException}.
 * <p>
 * Thread-safe; it holds no Camel types so producers, consumers, tests and benchmarks use it alike.
 */
public final class StripeClient {

    public static final String USER_AGENT = "camel-stripe/" + version() + " (Apache Camel component; Java "
                                            + Runtime.version().feature() + ")";

    private static final Logger LOG = LoggerFactory.getLogger(StripeClient.class);
    /** The encoded form is plain ASCII; UTF-8 is what its percent-escapes mean, as Stripe's SDKs declare. */
    private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded", StandardCharsets.UTF_8);

    private final CloseableHttpClient http;
    private final StripeClientSettings settings;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final TimeSource time;
    private final RequestConfig requestConfig;
    /** The API base, parsed once as HttpClient would parse it. */
    private final String scheme;
    private final URIAuthority authority;
    private final String basePath;
    /** Authorization, Accept, User-Agent and the optional Stripe headers: the same on every call, built once. */
    private final Header[] fixedHeaders;

    /**
     * @param rateLimiter the connection's throttle, or {@code null} when throttling is off
     */
    @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints sharing one pool differ
    public StripeClient(CloseableHttpClient http, StripeClientSettings settings, RateLimiter rateLimiter,
                        RetryPolicy retryPolicy, TimeSource time) {
        this.http = http;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.retryPolicy = retryPolicy;
        this.time = time;
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        URI base = URI.create(settings.baseUrl());
        BasicClassicHttpRequest parsed = new BasicClassicHttpRequest("GET", base);
        this.scheme = parsed.getScheme();
        this.authority = parsed.getAuthority();
        this.basePath = base.getRawPath() == null ? "" : base.getRawPath(); // baseUrl() has no trailing slash
        List<Header> headers = new ArrayList<>(5);
        headers.add(new BasicHeader("Authorization", "Bearer " + settings.apiKey()));
        headers.add(new BasicHeader("Accept", "application/json"));
        headers.add(new BasicHeader("User-Agent", USER_AGENT));
        if (settings.apiVersion() != null) {
            headers.add(new BasicHeader("Stripe-Version", settings.apiVersion()));
        }
        if (settings.stripeAccount() != null) {
            headers.add(new BasicHeader("Stripe-Account", settings.stripeAccount()));
        }
        this.fixedHeaders = headers.toArray(new Header[0]);
    }

    public StripeClientSettings getSettings() {
        return settings;
    }

    public <T> StripeResponse<T> execute(StripeRequest request, Class<T> type) {
        return execute(request, StripeJson.javaType(type));
    }

    /**
     * Makes the call, retrying as {@link RetryPolicy} allows. Every attempt takes a throttle permit.
     *
     * @throws StripeApiException        Stripe answered with an error
     * @throws StripeConnectionException Stripe could not be reached, or the answer could not be read
     * @throws StripeThrottleException   the throttle would have made the call wait too long
     */
    public <T> StripeResponse<T> execute(StripeRequest request, JavaType type) {
        String idempotencyKey = request.method().hasBody()
                ? Optional.ofNullable(request.idempotencyKey()).orElseGet(() -> UUID.randomUUID().toString())
                : null;
        ClassicHttpRequest httpRequest = toHttpRequest(request, idempotencyKey);
        for (int attempt = 1;; attempt++) {
            RawResponse response;
            try (RateLimiter.Permit permit = takePermit()) {
                response = send(httpRequest);
            } catch (IOException failure) {
                Optional<Duration> delay = retryPolicy.afterNetworkFailure(attempt,
                        request.method() == StripeMethod.GET || idempotencyKey != null, nothingWasSent(failure));
                if (delay.isEmpty()) {
                    throw new StripeConnectionException(String.format("%s %s failed after %d attempt(s): %s",
                            request.method(), request.path(), attempt, describe(failure)), failure);
                }
                LOG.debug("{} {} failed ({}); retry {} of {} in {} ms", request.method(), request.path(),
                        describe(failure), attempt, retryPolicy.getMaxRetries(), delay.get().toMillis());
                pause(delay.get());
                continue;
            }
            if (response.isSuccess()) {
                return new StripeResponse<>(read(response, type, request), response.status(), response.requestId(),
                        idempotencyKey, attempt, response.idempotentReplayed());
            }
            StripeApiException error = StripeErrorParser.parse(response);
            Optional<Duration> delay = retryPolicy.afterErrorAnswer(attempt, response, error);
            if (delay.isEmpty()) {
                throw error;
            }
            LOG.debug("{} {} answered {} {} (request {}); retry {} of {} in {} ms", request.method(), request.path(),
                    response.status(), error.getCode(), response.requestId(), attempt, retryPolicy.getMaxRetries(),
                    delay.get().toMillis());
            pause(delay.get());
        }
    }

    private ClassicHttpRequest toHttpRequest(StripeRequest request, String idempotencyKey) {
        String form = FormEncoder.encode(request.params());
        String path = basePath + request.path();
        StripeHttpRequest httpRequest;
        if (request.method().hasBody()) {
            httpRequest = new StripeHttpRequest(request.method().name(), scheme, authority, path, requestConfig);
            httpRequest.setEntity(new StringEntity(form, FORM));
            httpRequest.addHeader("Idempotency-Key", idempotencyKey);
        } else {
            httpRequest = new StripeHttpRequest(request.method().name(), scheme, authority,
                    form.isEmpty() ? path : path + "?" + form, requestConfig);
        }
        for (Header header : fixedHeaders) { // built once: they are the same on every call
            httpRequest.addHeader(header);
        }
        return httpRequest;
    }

    private RawResponse send(ClassicHttpRequest request) throws IOException {
        return http.execute(request, answer -> new RawResponse(
                answer.getCode(),
                answer.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(answer.getEntity()),
                headerValue(answer.getFirstHeader("Request-Id")),
                headerValue(answer.getFirstHeader("Stripe-Should-Retry")),
                headerValue(answer.getFirstHeader("Retry-After")),
                "true".equalsIgnoreCase(headerValue(answer.getFirstHeader("Idempotent-Replayed")))));
    }

    private <T> T read(RawResponse response, JavaType type, StripeRequest request) {
        try {
            return StripeJson.read(response.body(), type);
        } catch (IOException unreadable) {
            throw new StripeConnectionException(String.format(
                    "%s %s answered HTTP %d with a body that is not the expected JSON (request %s): %s",
                    request.method(), request.path(), response.status(), response.requestId(), response.snippet(200)),
                    unreadable);
        }
    }

    /** A throttle permit held for the whole attempt; a no-op when throttling is off. */
    private RateLimiter.Permit takePermit() {
        if (rateLimiter == null) {
            return null;
        }
        try {
            return rateLimiter.acquire(settings.rateLimitMaxWait(), settings.describe());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StripeConnectionException("Interrupted while waiting for a throttle permit", interrupted);
        }
    }

    private void pause(Duration delay) {
        try {
            time.sleepNanos(delay.toNanos());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StripeConnectionException("Interrupted while waiting to retry", interrupted);
        }
    }

    /** Failures before a single byte of the request could have reached Stripe: retrying is always safe. */
    private static boolean nothingWasSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof UnknownHostException;
    }

    private static String describe(IOException failure) {
        String kind = failure instanceof InterruptedIOException ? "timed out" : failure.getClass().getSimpleName();
        return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
    }

    private static String headerValue(Header header) {
        return header == null ? null : header.getValue();
    }

    private static String version() {
        try (InputStream in = StripeClient.class.getResourceAsStream("camel-stripe.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException unreadable) {
            return "dev";
        }
    }
}
