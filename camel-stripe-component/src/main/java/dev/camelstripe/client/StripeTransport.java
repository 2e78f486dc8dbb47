package dev.camelstripe.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * The HTTP side that a component's endpoints share: the pooled client, a timer that ends every attempt at its
 * deadline, and the set of attempts in flight, so that closing can let them finish before the pool goes.
 * <ul>
 * <li>An attempt lasts at most its deadline, from when it starts to the last byte of the body: when the deadline
 * passes the timer cancels the request, which closes its connection whatever phase it is in (connecting, sending,
 * waiting for headers, reading a body that drips in a byte at a time).</li>
 * <li>A body is read up to a size, counted after HttpClient has decompressed it; a larger one discards the
 * connection at once (reading on to reuse it could mean reading for ever), so the heap never holds more than the
 * limit.</li>
 * <li>{@link #close(Duration)} refuses new attempts, waits for those in flight up to a bound, cuts the rest short
 * (they fail with {@link CutShortException}, never with HttpClient's "Connection pool shut down"), then closes the
 * pool.</li>
 * </ul>
 */
public final class StripeTransport implements AutoCloseable {

    /** How long attempts cut short at close get to notice it before the pool closes under them. */
    private static final Duration CUT_SHORT_GRACE = Duration.ofSeconds(5);
    private static final byte[] EMPTY = new byte[0];
    private static final int READ_CHUNK = 8192;

    /** Turns an answer whose body has been read into what the client works with. */
    @FunctionalInterface
    interface AnswerReader {
        RawResponse read(ClassicHttpResponse answer, byte[] body);
    }

    private final CloseableHttpClient http;
    private final ScheduledExecutorService timer;
    private final boolean ownsTimer;
    /** Guarded by {@code this}. */
    private final Set<Attempt> inFlight = new HashSet<>();
    /** Guarded by {@code this}. */
    private boolean closed;

    /**
     * @param timer schedules the deadlines; it stays the caller's (for a Camel component, one from Camel's
     *              {@code ExecutorServiceManager})
     */
    public StripeTransport(CloseableHttpClient http, ScheduledExecutorService timer) {
        this(http, timer, false);
    }

    private StripeTransport(CloseableHttpClient http, ScheduledExecutorService timer, boolean ownsTimer) {
        this.http = http;
        this.timer = timer;
        this.ownsTimer = ownsTimer;
    }

    /** A transport with a deadline thread of its own (daemon), stopped by {@link #close()}: for use without Camel. */
    public static StripeTransport of(CloseableHttpClient http) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "camel-stripe-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return new StripeTransport(http, timer, true);
    }

    /**
     * Sends the request and reads the whole answer within {@code deadline}.
     *
     * @throws ResponseTooLargeException the body is larger than {@code maxResponseSize}; the connection is discarded
     * @throws DeadlineException         the deadline passed first; the connection is discarded
     * @throws CutShortException         {@link #close(Duration)} ended the attempt after it had started
     * @throws NotSentException          the transport is closed, or the thread was interrupted while it waited for a
     *                                   pooled connection: nothing was sent
     * @throws IOException               any other failure of the exchange
     */
    RawResponse exchange(HttpUriRequestBase request, Duration deadline, long maxResponseSize, AnswerReader reader)
            throws IOException {
        Attempt attempt = enter(request);
        ScheduledFuture<?> alarm;
        try {
            alarm = timer.schedule(attempt::timeOut, deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException timerStopped) { // Camel shuts its thread pools down as it stops
            leave(attempt);
            throw new ClosedException();
        }
        try {
            return http.execute(request, answer -> reader.read(answer, readBody(answer, maxResponseSize, request)));
        } catch (IOException | IllegalStateException failure) { // CancellationException is an IllegalStateException
            throw explain(attempt, failure, deadline);
        } finally {
            alarm.cancel(false);
            leave(attempt);
        }
    }

    private static byte[] readBody(ClassicHttpResponse answer, long max, HttpUriRequestBase request)
            throws IOException {
        HttpEntity entity = answer.getEntity();
        if (entity == null) {
            return EMPTY;
        }
        long declared = entity.getContentLength(); // -1 when unknown: chunked, or decompressed by HttpClient
        if (declared > max) {
            request.cancel();
            throw new ResponseTooLargeException(max, "declared a body of " + declared + " bytes, more than");
        }
        try (InputStream in = entity.getContent()) {
            return declared >= 0 ? readDeclared(in, (int) declared) : readUndeclared(in, max, request);
        }
    }

    /**
     * A body of known length, read straight into an array of that size: one copy, where a growing buffer makes three
     * (a list page of 100 objects is over 100 kB). HttpClient ends the stream at the declared length, and fails it
     * when the connection closes before.
     */
    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        if (read < length) {
            throw new IOException("The answer ended after " + read + " of its declared " + length + " bytes");
        }
        return body;
    }

    /**
     * A body of unknown length (chunked, or gzip that HttpClient inflates), read in fixed chunks that are joined once
     * at the end: a buffer that doubles as it grows allocates about four times the body, this twice. The size is
     * checked after every chunk, so a body larger than {@code max} is cut after at most one chunk more.
     */
    private static byte[] readUndeclared(InputStream in, long max, HttpUriRequestBase request) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        long size = 0;
        int read;
        do {
            byte[] chunk = new byte[READ_CHUNK];
            read = in.readNBytes(chunk, 0, READ_CHUNK); // fills the chunk unless the body ends first
            if (size + read > max) {
                request.cancel(); // before close(), which would otherwise read on to the end to reuse the connection
                throw new ResponseTooLargeException(max, "grew past");
            }
            chunks.add(chunk);
            size += read;
        } while (read == READ_CHUNK);
        byte[] body = new byte[(int) size];
        for (int i = 0; i < chunks.size(); i++) {
            int at = i * READ_CHUNK;
            System.arraycopy(chunks.get(i), 0, body, at, Math.min(READ_CHUNK, body.length - at));
        }
        return body;
    }

    private synchronized Attempt enter(HttpUriRequestBase request) throws ClosedException {
        if (closed) {
            throw new ClosedException();
        }
        Attempt attempt = new Attempt(request);
        inFlight.add(attempt);
        return attempt;
    }

    private synchronized void leave(Attempt attempt) {
        inFlight.remove(attempt);
        notifyAll();
    }

    /** How many attempts are in flight; for tests. */
    synchronized int inFlight() {
        return inFlight.size();
    }

    /** Closes at once: attempts in flight are cut short. */
    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /**
     * Refuses new attempts, lets those in flight finish for up to {@code drain}, cuts short the ones still running,
     * and closes the connection pool.
     */
    public void close(Duration drain) {
        List<Attempt> unfinished;
        synchronized (this) {
            closed = true;
            awaitIdle(drain);
            unfinished = new ArrayList<>(inFlight);
        }
        unfinished.forEach(Attempt::cutShort);
        synchronized (this) {
            awaitIdle(CUT_SHORT_GRACE);
        }
        http.close(CloseMode.GRACEFUL);
        if (ownsTimer) {
            timer.shutdownNow();
        }
    }

    /** Waits, holding the monitor, until nothing is in flight or {@code bound} has passed. */
    private void awaitIdle(Duration bound) {
        long end = System.nanoTime() + bound.toNanos();
        try {
            for (long left = bound.toNanos(); !inFlight.isEmpty() && left > 0; left = end - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // stop waiting: what is left is cut short
        }
    }

    /** One request on its way: what ended it, if not its own course. */
    private static final class Attempt {
        private final HttpUriRequestBase request;
        private volatile boolean timedOut;
        private volatile boolean cutShort;

        Attempt(HttpUriRequestBase request) {
            this.request = request;
        }

        void timeOut() {
            timedOut = true;
            request.cancel();
        }

        void cutShort() {
            cutShort = true;
            request.cancel();
        }

    }

    /** The failure as the caller must see it: the timer's or the close's doing, when one of them caused it. */
    private IOException explain(Attempt attempt, Exception failure, Duration deadline) {
        if (attempt.cutShort) {
            return new CutShortException(failure);
        }
        if (attempt.timedOut) {
            return new DeadlineException(deadline, failure);
        }
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof CancellationException) { // how HttpClient ends a lease whose thread was interrupted
            Thread.currentThread().interrupt();
            return new NotSentException("interrupted while waiting for a connection from the pool", failure);
        }
        if (isClosed()) { // "Connection pool shut down": closed under a call that had started
            return new CutShortException(failure);
        }
        throw (IllegalStateException) failure;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** The answer's body is larger than allowed. */
    static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        ResponseTooLargeException(long limit, String what) {
            super("the answer " + what + " maxResponseSize " + limit + " bytes (counted after decompression); the"
                  + " connection was discarded");
            this.limit = limit;
        }
    }

    /** The attempt's deadline passed before the last byte of the answer arrived. */
    static final class DeadlineException extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        DeadlineException(Duration deadline, Exception cause) {
            super("no complete answer within the responseTimeout of " + deadline.toMillis() + " ms");
            initCause(cause);
        }
    }

    /** The transport was closed while the attempt ran. */
    static final class CutShortException extends IOException {
        private static final long serialVersionUID = 1L;

        CutShortException(Exception cause) {
            super("cut short because the Stripe component stopped while the call was in flight", cause);
        }
    }

    /** The attempt ended before any byte of it was sent. */
    static class NotSentException extends IOException {
        private static final long serialVersionUID = 1L;

        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The transport is closed: the attempt was not started. */
    static final class ClosedException extends NotSentException {
        private static final long serialVersionUID = 1L;

        ClosedException() {
            super("not sent because the Stripe component is stopping or stopped", null);
        }
    }
}
