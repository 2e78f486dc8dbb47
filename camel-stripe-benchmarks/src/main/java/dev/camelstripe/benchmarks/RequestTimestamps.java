package dev.camelstripe.benchmarks;

import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The server's own view of when requests arrived, in {@link System#nanoTime()} so it compares with client-side
 * timestamps in the same JVM. Records only while armed, so the long producer runs keep nothing.
 */
final class RequestTimestamps implements ServeEventListener {

    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private volatile boolean armed;

    @Override
    public String getName() {
        return "request-timestamps";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        if (armed) {
            arrivals.add(System.nanoTime());
        }
    }

    void arm() {
        arrivals.clear();
        armed = true;
    }

    long[] disarm() {
        armed = false;
        return arrivals.stream().mapToLong(Long::longValue).toArray();
    }
}
