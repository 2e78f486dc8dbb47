package dev.camelstripe.benchmarks;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;

/**
 * The client side of the throttle measurement: notes the moment each request leaves the throttle and enters the
 * HTTP client, then hands it on unchanged.
 */
final class TimestampingHttpClient extends CloseableHttpClient {

    private final CloseableHttpClient delegate;
    private final ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();

    TimestampingHttpClient(CloseableHttpClient delegate) {
        this.delegate = delegate;
    }

    long[] sentNanos() {
        return sent.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context)
            throws IOException {
        sent.add(System.nanoTime());
        return (CloseableHttpResponse) delegate.executeOpen(target, request, context);
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
