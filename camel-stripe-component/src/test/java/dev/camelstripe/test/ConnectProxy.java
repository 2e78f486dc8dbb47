package dev.camelstripe.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on loopback that only tunnels ({@code CONNECT host:port}), the way a corporate proxy carries https.
 * It records each CONNECT line and every byte the client sent through the tunnel, so a test can prove that the
 * calls went through it and that nothing it saw was readable. Every tunnel leads to one upstream port on loopback,
 * whatever host was asked for, so that a test can name a host the JVM will proxy (it never proxies loopback).
 */
public final class ConnectProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "connect-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> connects = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream tunnelled = new ByteArrayOutputStream();

    private final int upstreamPort;

    public ConnectProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The request lines of the CONNECTs received, e.g. {@code CONNECT 127.0.0.1:8443 HTTP/1.1}. */
    public List<String> connects() {
        return List.copyOf(connects);
    }

    /** Everything the clients sent inside the tunnels. */
    public byte[] tunnelledFromClients() {
        synchronized (tunnelled) {
            return tunnelled.toByteArray();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> tunnel(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = RawHttpServer.readHead(in);
            if (head == null) {
                return;
            }
            String requestLine = head.lines().findFirst().orElse("");
            String[] parts = requestLine.split(" ");
            if (!parts[0].equals("CONNECT")) {
                client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            connects.add(requestLine);
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                threads.execute(() -> copy(upstream, client, null));
                copy(client, upstream, tunnelled);
            }
        } catch (IOException ended) {
            // one side closed the tunnel
        }
    }

    private static void copy(Socket from, Socket to, ByteArrayOutputStream record) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read; (read = in.read(buffer)) != -1;) {
                if (record != null) {
                    synchronized (record) {
                        record.write(buffer, 0, read);
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed the tunnel
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException alreadyClosed) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
