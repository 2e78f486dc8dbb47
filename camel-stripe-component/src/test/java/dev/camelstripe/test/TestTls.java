package dev.camelstripe.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-signed server certificate for 127.0.0.1, localhost and {@value #PROXIED_HOST} ({@code server.p12}) and a
 * trust store holding only it ({@code trust.p12}), made with the JDK's keytool in a temporary directory.
 */
public final class TestTls {

    public static final String PASSWORD = "changeit-tests";
    /**
     * A name that resolves nowhere, for a server reached only through a test proxy: the JVM never proxies loopback
     * addresses, whatever its proxy settings say.
     */
    public static final String PROXIED_HOST = "api.stripe.invalid";

    private TestTls() {
    }

    /** The directory holding {@code server.p12} and {@code trust.p12}. */
    public static Path certificates() {
        try {
            Path tls = Files.createTempDirectory("stripe-tests-tls");
            tls.toFile().deleteOnExit();
            keytool("-genkeypair", "-alias", "stripe-tests", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost,dns:" + PROXIED_HOST, "-storetype", "PKCS12",
                    "-keystore", tls.resolve("server.p12").toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "stripe-tests", "-keystore", tls.resolve("server.p12").toString(),
                    "-storepass", PASSWORD, "-file", tls.resolve("server.cer").toString());
            keytool("-importcert", "-noprompt", "-alias", "stripe-tests", "-file", tls.resolve("server.cer").toString(),
                    "-storetype", "PKCS12", "-keystore", tls.resolve("trust.p12").toString(), "-storepass", PASSWORD);
            return tls;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the test certificates", e);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
