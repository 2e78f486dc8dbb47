package dev.camelstripe.test;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on loopback that answers with raw bytes, for the answers no ordinary server sends: a gzip bomb,
 * a body that never ends, one that drips in a byte at a time. Keeps connections alive between requests and counts
 * them, so a test can tell whether the client reused a connection or discarded it.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Writes the whole answer to one request; throwing (or returning after closing) ends the connection. */
    @FunctionalInterface
    public interface Answer {
        void write(String requestHead, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "raw-http-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Answer answer;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger closedByClient = new AtomicInteger();

    public RawHttpServer(Answer answer) throws IOException {
        this.answer = answer;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** The request heads received so far (request line and headers). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Connections the client closed while an answer was still being written. */
    public int closedByClient() {
        return closedByClient.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            for (String head; (head = readHead(in)) != null;) {
                skipBody(in, head);
                requests.add(head);
                try {
                    answer.write(head, out);
                    out.flush();
                } catch (IOException clientGone) {
                    closedByClient.incrementAndGet();
                    return;
                }
            }
        } catch (IOException | InterruptedException ignored) {
            // the connection ends
        }
    }

    /** Reads a request or response head up to and including its blank line; {@code null} at end of stream. */
    public static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) != -1;) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void skipBody(InputStream in, String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
