package dev.camelstripe.state;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server made from the machine's own binaries: {@code initdb} into a temporary directory,
 * {@code pg_ctl start} on a free loopback port (no Unix socket, trust authentication, no fsync), {@code pg_ctl stop}
 * and the directory deleted on {@link #close()}. {@code initdb} refuses to run as root, so as root (as CI runs) the
 * binaries run as the {@code postgres} user the Debian package creates, owning the directory.
 * <p>
 * The binaries are looked for in {@code -Dpostgresql.bin=DIR}, then Debian's {@code /usr/lib/postgresql/<version>/bin}
 * (the newest), then the PATH.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Set to true (CI does) to make missing PostgreSQL binaries a failure instead of a skip. */
    public static final String REQUIRED_PROPERTY = "postgresql.required";
    public static final String BIN_PROPERTY = "postgresql.bin";
    public static final String USER = "stripe";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final int PORT_ATTEMPTS = 3;

    private final Path bin;
    private final Path dir;
    private final List<String> runAs;
    private final int port;
    private final Thread stopAtExit = new Thread(this::stopQuietly, "local-postgres-stop");

    private LocalPostgres(Path bin, Path dir, List<String> runAs, int port) {
        this.bin = bin;
        this.dir = dir;
        this.runAs = runAs;
        this.port = port;
    }

    /** The directory holding initdb and pg_ctl, or empty with none found. */
    public static Optional<Path> findBinaries() {
        String configured = System.getProperty(BIN_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(LocalPostgres::hasBinaries);
        }
        if (Files.isDirectory(DEBIAN)) {
            try (Stream<Path> versions = Files.list(DEBIAN)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin")).filter(LocalPostgres::hasBinaries)
                        .max(Comparator.comparingDouble(LocalPostgres::debianVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).filter(LocalPostgres::hasBinaries).findFirst();
    }

    /** Where {@link #findBinaries()} looks, for a skip or failure message. */
    public static String searched() {
        return "-D" + BIN_PROPERTY + ", " + DEBIAN + "/<version>/bin, PATH";
    }

    private static boolean hasBinaries(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"));
    }

    private static double debianVersion(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** initdb, then start on a free port (another port if that one was taken meanwhile). */
    public static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("local-postgres");
        List<String> runAs = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            // util-linux's runuser, in /usr/sbin, which a root PATH may lack
            String runuser = Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser";
            runAs = List.of(runuser, "-u", "postgres", "--");
        }
        run(runAs, dir, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            LocalPostgres server = new LocalPostgres(bin, dir, runAs, freePort());
            try {
                server.startServer();
                Runtime.getRuntime().addShutdownHook(server.stopAtExit);
                return server;
            } catch (IOException e) {
                lastFailure = e;
            }
        }
        deleteRecursively(dir);
        throw lastFailure;
    }

    private void startServer() throws IOException, InterruptedException {
        // settings of a disposable test server: loopback only, no socket file to collide on, no durability
        Files.writeString(dir.resolve("data/postgresql.auto.conf"), String.join("\n",
                "port = " + port, "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''",
                "fsync = off", "synchronous_commit = off", "full_page_writes = off", ""),
                StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.CREATE);
        Path log = dir.resolve("server.log");
        try {
            run(runAs, dir, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-l", log.toString(), "-w", "-t", "60", "start");
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\nserver log:\n"
                                  + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)"), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USER);
        return dataSource;
    }

    /** e.g. "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" */
    public String version() throws IOException, InterruptedException {
        return run(List.of(), dir, bin.resolve("postgres").toString(), "--version").strip();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        try {
            run(runAs, dir, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop");
        } finally {
            deleteRecursively(dir);
        }
    }

    private void stopQuietly() {
        try {
            run(runAs, dir, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "stop");
        } catch (IOException | InterruptedException e) {
            // the JVM is exiting: nothing left to report to
        }
    }

    /** Runs a command in {@code workDir}, returns its output, throws with the output when it fails. */
    private static String run(List<String> runAs, Path workDir, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(runAs);
        line.addAll(List.of(command));
        Path output = Files.createTempFile("local-postgres", ".out");
        try {
            Process process = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", line) + " did not finish within 120 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", line) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
