package dev.camelstripe.client;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections whose debug logging cannot reveal the API key. HttpClient's own connections print every request
 * header, {@code Authorization: Bearer sk_…} included, to {@code org.apache.hc.client5.http.headers}, and every raw
 * byte to {@code org.apache.hc.client5.http.wire}, as soon as someone turns those loggers to DEBUG to troubleshoot.
 * These connections log the same header lines with the credential masked, and never log raw bytes.
 */
final class RedactingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        RedactingConnection connection = new RedactingConnection("stripe-outgoing-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static final class RedactingConnection extends DefaultManagedHttpClientConnection {

        RedactingConnection(String id) {
            super(id, null, null, Http1Config.DEFAULT, null, null, null, null);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(new SocketHolder(socket)); // never the wire-logging holder
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            super.bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} >> {}", getId(), new RequestLine(request));
                for (Header header : request.getHeaders()) {
                    HEADER_LOG.debug("{} >> {}: {}", getId(), header.getName(), redact(header));
                }
            }
        }

        private static String redact(Header header) {
            if (!HttpHeaders.AUTHORIZATION.equalsIgnoreCase(header.getName())) {
                return header.getValue();
            }
            String value = header.getValue();
            int space = value.indexOf(' ');
            String scheme = space > 0 ? value.substring(0, space) : "";
            return scheme.equalsIgnoreCase("Bearer") ? "Bearer " + ApiKeys.mask(value.substring(space + 1)) : scheme + " ****";
        }
    }
}
