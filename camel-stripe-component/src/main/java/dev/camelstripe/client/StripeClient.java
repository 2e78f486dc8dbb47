package dev.camelstripe.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.model.StripeJson;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Stripe API calls for one connection: authenticates, encodes, throttles, retries by Stripe's rules with one
 * idempotency key per logical call, and maps the answer to a POJO or a {@link StripeException}.
 * <p>
 * Each attempt holds a throttle permit from before it is sent until it has ended, which {@link StripeTransport}
 * bounds by {@code responseTimeout}: no answer, however slow or large, holds a permit longer.
 * <p>
 * Thread-safe; it holds no Camel types so producers, consumers, tests and benchmarks use it alike.
 */
public final class StripeClient {

    public static final String USER_AGENT = "camel-stripe/" + version() + " (Apache Camel component; Java "
                                            + Runtime.version().feature() + ")";

    private static final Logger LOG = LoggerFactory.getLogger(StripeClient.class);
    /** The encoded form is plain ASCII; UTF-8 is what its percent-escapes mean, as Stripe's SDKs declare. */
    private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded", StandardCharsets.UTF_8);
    private static volatile Map.Entry<String, Instant> lastDate = Map.entry("", Instant.EPOCH);

    /** How much later than the deadline the socket's own read timeout would fire. */
    private static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(1);

    private final StripeTransport transport;
    private final StripeClientSettings settings;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final TimeSource time;
    private final RequestConfig requestConfig;
    /** The API base, parsed once; every request starts from it and sets its own path. */
    private final URI base;
    private final String basePath;
    /** Authorization, Accept, User-Agent and the optional Stripe headers: the same on every call, built once. */
    private final Header[] fixedHeaders;
    private final StripeCallListener listener;

    /**
     * @param rateLimiter the connection's throttle, or {@code null} when throttling is off
     */
    public StripeClient(StripeTransport transport, StripeClientSettings settings, RateLimiter rateLimiter,
                        RetryPolicy retryPolicy, TimeSource time) {
        this(transport, settings, rateLimiter, retryPolicy, time, StripeCallListener.NONE);
    }

    /**
     * @param rateLimiter the connection's throttle, or {@code null} when throttling is off
     * @param listener    told of every attempt, retry and throttle wait (metrics, consoles)
     */
    @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints sharing one pool differ
    public StripeClient(StripeTransport transport, StripeClientSettings settings, RateLimiter rateLimiter,
                        RetryPolicy retryPolicy, TimeSource time, StripeCallListener listener) {
        this.listener = listener;
        this.transport = transport;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.retryPolicy = retryPolicy;
        this.time = time;
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                // a backstop should the deadline timer fail: the transport's deadline ends the attempt first
                .setResponseTimeout(Timeout.of(settings.responseTimeout().plus(BACKSTOP_MARGIN)))
                .build();
        this.base = URI.create(settings.baseUrl());
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
     * @throws StripeApiException        Stripe answered with an error (a subclass per kind of error)
     * @throws StripeConnectionException Stripe could not be reached, or the answer could not be read in time
     * @throws StripeThrottleException   the throttle would have made the first attempt wait too long: nothing was
     *                                   sent (a refused retry reports the previous attempt's failure instead)
     */
    public <T> StripeResponse<T> execute(StripeRequest request, JavaType type) {
        String idempotencyKey = request.method().hasBody()
                ? Optional.ofNullable(request.idempotencyKey()).orElseGet(() -> UUID.randomUUID().toString())
                : null;
        Call call = new Call(request, idempotencyKey);
        StripeCallException lastFailure = null;
        for (int attempt = 1;; attempt++) {
            RawResponse response;
            long sent = 0;
            try (RateLimiter.Permit permit = takePermit(call, attempt, lastFailure)) {
                sent = time.nanoTime();
                response = transport.exchange(call.newHttpRequest(), settings.responseTimeout(),
                        settings.maxResponseSize(), StripeClient::toRawResponse);
            } catch (StripeTransport.ClosedException stopping) {
                throw notSent(lastFailure, new StripeConnectionException(call.facts(attempt - 1) + " "
                                                                         + stopping.getMessage(),
                        call.facts(attempt - 1), true, stopping));
            } catch (StripeTransport.ResponseTooLargeException tooLarge) {
                listener.attempted(0, null, null, since(sent));
                throw new StripeResponseTooLargeException(call.facts(attempt) + ": " + tooLarge.getMessage()
                                                          + " and the call is not retried", call.facts(attempt),
                        tooLarge.limit, tooLarge);
            } catch (StripeTransport.CutShortException cutShort) {
                listener.attempted(0, null, null, since(sent));
                throw networkFailure(call, attempt, cutShort);
            } catch (IOException failure) {
                listener.attempted(0, null, null, since(sent));
                StripeConnectionException error = networkFailure(call, attempt, failure);
                lastFailure = retryOrThrow(error, retryPolicy.afterNetworkFailure(attempt,
                        request.method() != StripeMethod.POST || idempotencyKey != null, error.nothingWasSent()),
                        attempt, "failed (" + describe(failure) + ")");
                continue;
            }
            if (response.isSuccess()) {
                listener.attempted(response.status(), null, null, since(sent));
                return new StripeResponse<>(read(response, type, call.facts(attempt)), response.status(),
                        response.requestId(), idempotencyKey, attempt, response.idempotentReplayed(),
                        httpDate(response.date()));
            }
            StripeApiException error = StripeErrorParser.parse(response, call.facts(attempt));
            listener.attempted(response.status(), error.getType(), response.rateLimitedReason(), since(sent));
            lastFailure = retryOrThrow(error, retryPolicy.afterErrorAnswer(attempt, response), attempt,
                    "answered " + response.status() + " " + error.getCode() + " (request " + response.requestId() + ")");
        }
    }

    /** One logical call: what every attempt sends, encoded once. */
    private final class Call {
        private final StripeRequest request;
        private final String idempotencyKey;
        private final String path;
        private final HttpEntity body;

        Call(StripeRequest request, String idempotencyKey) {
            this.request = request;
            this.idempotencyKey = idempotencyKey;
            String form = FormEncoder.encode(request.params());
            if (request.method().hasBody()) {
                this.path = basePath + request.path();
                this.body = new StringEntity(form, FORM);
            } else {
                this.path = basePath + request.path() + (form.isEmpty() ? "" : "?" + form);
                this.body = null;
            }
        }

        /** A fresh request per attempt: the transport cancels a request to end it, and a cancelled one is spent. */
        HttpUriRequestBase newHttpRequest() {
            HttpUriRequestBase http = new HttpUriRequestBase(request.method().name(), base);
            http.setPath(path);
            http.setConfig(requestConfig);
            for (Header header : fixedHeaders) { // built once: they are the same on every call
                http.addHeader(header);
            }
            if (body != null) {
                http.setEntity(body);
                http.addHeader("Idempotency-Key", idempotencyKey);
            }
            return http;
        }

        StripeCall facts(int attempts) {
            return new StripeCall(request.method(), request.path(), idempotencyKey, attempts);
        }
    }

    private static RawResponse toRawResponse(ClassicHttpResponse answer, byte[] body) {
        return new RawResponse(
                answer.getCode(),
                body,
                headerValue(answer.getFirstHeader("Request-Id")),
                headerValue(answer.getFirstHeader("Stripe-Should-Retry")),
                headerValue(answer.getFirstHeader("Retry-After")),
                headerValue(answer.getFirstHeader("Stripe-Rate-Limited-Reason")),
                "true".equalsIgnoreCase(headerValue(answer.getFirstHeader("Idempotent-Replayed"))),
                headerValue(answer.getFirstHeader("Date")));
    }

    private StripeConnectionException networkFailure(Call call, int attempt, IOException failure) {
        StripeCall facts = call.facts(attempt);
        boolean nothingWasSent = nothingWasSent(failure);
        return new StripeConnectionException(String.format("%s failed after %d attempt(s): %s%s", facts, attempt,
                describe(failure), nothingWasSent ? "" : StripeConnectionException.mayHaveBeenExecuted(facts)),
                facts, nothingWasSent, failure);
    }

    /**
     * Where every retry is decided: the failure is thrown when {@code delay} is empty, else logged and waited out
     * (an interrupt during the wait throws it too).
     */
    private StripeCallException retryOrThrow(StripeCallException failure, Optional<Duration> delay, int attempt,
                                             String what) {
        if (delay.isEmpty()) {
            throw failure;
        }
        listener.retried(failure instanceof StripeApiException answered ? answered.getStatus() : 0);
        LOG.debug("{} {}; retry {} of {} in {} ms", failure.getCall(), what, attempt, retryPolicy.getMaxRetries(),
                delay.get().toMillis());
        try {
            time.sleepNanos(delay.get().toNanos());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
        return failure;
    }

    /**
     * The failure to report when an attempt could not even be sent: on the first attempt that reason itself (nothing
     * reached Stripe); on a retry the previous attempt's real outcome, which did reach Stripe, with the reason
     * attached as suppressed.
     */
    private static StripeCallException notSent(StripeCallException lastFailure, StripeCallException reason) {
        if (lastFailure == null) {
            return reason;
        }
        lastFailure.addSuppressed(reason);
        return lastFailure;
    }

    private <T> T read(RawResponse response, JavaType type, StripeCall call) {
        try {
            return StripeJson.read(response.body(), type);
        } catch (IOException unreadable) {
            throw new StripeConnectionException(String.format(
                    "%s answered HTTP %d with a body that is not the expected JSON (request %s): %s%s", call,
                    response.status(), response.requestId(), response.snippet(200),
                    StripeConnectionException.mayHaveBeenExecuted(call)), call, false, unreadable);
        }
    }

    /** A throttle permit held for the whole attempt; a no-op when throttling is off. */
    private RateLimiter.Permit takePermit(Call call, int attempt, StripeCallException lastFailure) {
        if (rateLimiter == null) {
            return null;
        }
        try {
            RateLimiter.Permit permit = rateLimiter.acquire(settings.rateLimitMaxWait(), settings.describe());
            if (permit.waitedNanos() > 0) {
                listener.throttleWaited(Duration.ofNanos(permit.waitedNanos()));
            }
            return permit;
        } catch (StripeThrottleException refusal) {
            listener.throttleRefused();
            throw notSent(lastFailure, refusal.of(call.facts(attempt - 1)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw notSent(lastFailure, new StripeConnectionException(call.facts(attempt - 1)
                                                                     + ": interrupted while waiting for a throttle permit; attempt " + attempt + " was not sent",
                    call.facts(attempt - 1), true, interrupted));
        }
    }

    private Duration since(long nanos) {
        return Duration.ofNanos(Math.max(0, time.nanoTime() - nanos));
    }

    /** Failures before a single byte of the request could have reached Stripe: retrying is always safe. */
    private static boolean nothingWasSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof UnknownHostException || failure instanceof StripeTransport.NotSentException;
    }

    private static String describe(IOException failure) {
        if (failure instanceof StripeTransport.CutShortException || failure instanceof StripeTransport.NotSentException) {
            return failure.getMessage();
        }
        String kind = failure instanceof SocketTimeoutException || failure instanceof ConnectTimeoutException
                      || failure instanceof StripeTransport.DeadlineException ? "timed out"
                : failure instanceof InterruptedIOException ? "interrupted" : failure.getClass().getSimpleName();
        return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
    }

    /**
     * An HTTP date (RFC 1123, as Stripe sends it), or null when absent or unreadable. The last one is kept: answers
     * within one second share it, and parsing costs more than the rest of reading a small answer's headers.
     */
    private static Instant httpDate(String value) {
        Map.Entry<String, Instant> last = lastDate;
        if (value == null || value.equals(last.getKey())) {
            return value == null ? null : last.getValue();
        }
        try {
            Instant date = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value));
            lastDate = Map.entry(value, date);
            return date;
        } catch (DateTimeException unreadable) {
            return null;
        }
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
