package dev.camelstripe.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections whose debug logging cannot reveal the API key. HttpClient's own connections print every request
 * header, {@code Authorization: Bearer sk_…} included, to {@code org.apache.hc.client5.http.headers}, and every raw
 * byte to {@code org.apache.hc.client5.http.wire}, as soon as someone turns those loggers to DEBUG to troubleshoot.
 * These connections log the same header lines with the credentials masked, and never log raw bytes.
 *
 * <p>Built only on API that is public and open to extension from HttpClient 5.5 (Camel 4.18) to 5.6 (Camel 4.22):
 * HttpCore's {@link DefaultBHttpClientConnection}, whose {@code onRequestSubmitted} / {@code onResponseReceived}
 * hooks exist to be overridden, behind the {@link ManagedHttpClientConnection} interface that the pool's public
 * {@code setConnectionFactory} asks for. HttpClient's own {@code DefaultManagedHttpClientConnection} is no base: it
 * is final and package-private in 5.5 and internal in 5.6.
 */
final class RedactingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private static final Logger WIRE_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.wire");
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        RedactingConnection connection = new RedactingConnection("stripe-outgoing-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** What a header line shows: the value, or for credentials only the scheme and the key's kind. */
    static String redact(Header header) {
        String name = header.getName();
        String value = header.getValue();
        if (value == null || !(HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                               || HttpHeaders.PROXY_AUTHORIZATION.equalsIgnoreCase(name))) {
            return value;
        }
        int space = value.indexOf(' ');
        String scheme = space > 0 ? value.substring(0, space) : "";
        return scheme.equalsIgnoreCase("Bearer") ? "Bearer " + ApiKeys.mask(value.substring(space + 1).trim())
                : scheme.isEmpty() ? "****" : scheme + " ****";
    }

    /**
     * What HttpClient's managed connection adds to HttpCore's: an id for the pool's log lines, refusal to bind once
     * closed, and the socket timeout restored when the pool leases it again.
     */
    private static final class RedactingConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {

        private final String id;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicBoolean wireNoticeLogged = new AtomicBoolean();
        private volatile Timeout socketTimeout;

        RedactingConnection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket)); // a plain holder: never HttpClient's wire-logging one
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void bind(SocketHolder holder) throws IOException {
            if (closed.get()) {
                holder.getSocket().close();
                throw new InterruptedIOException("Connection " + id + " is already closed");
            }
            super.bind(holder);
            socketTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
            if (WIRE_LOG.isDebugEnabled() && wireNoticeLogged.compareAndSet(false, true)) {
                WIRE_LOG.debug("{} raw bytes are not logged for Stripe calls: they carry the API key", id);
            }
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder != null ? holder.getSocket() : null;
        }

        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode closeMode) {
            if (closed.compareAndSet(false, true)) {
                super.close(closeMode);
            }
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADER_LOG.isDebugEnabled()) {
                logHeaders(">>", new RequestLine(request), request.getHeaders());
            }
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            if (response != null && HEADER_LOG.isDebugEnabled()) {
                logHeaders("<<", new StatusLine(response), response.getHeaders());
            }
        }

        /** The lines HttpClient's own connection logs, in its format, with credentials masked. */
        private void logHeaders(String direction, Object startLine, Header[] headers) {
            HEADER_LOG.debug("{} {} {}", id, direction, startLine);
            for (Header header : headers) {
                HEADER_LOG.debug("{} {} {}: {}", id, direction, header.getName(), redact(header));
            }
        }
    }
}
