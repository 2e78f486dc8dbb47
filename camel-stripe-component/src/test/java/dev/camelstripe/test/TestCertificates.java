package dev.camelstripe.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Self-signed TLS material for loopback servers in tests, made with the JDK's keytool. */
public final class TestCertificates {

    private TestCertificates() {
    }

    /**
     * A fresh directory with {@code server.p12}, a server key and certificate for 127.0.0.1 and localhost, and
     * {@code trust.p12}, a trust store holding only that certificate; both PKCS12 under {@code password}.
     */
    public static Path selfSigned(String password) {
        try {
            Path tls = Files.createTempDirectory("stripe-test-tls");
            tls.toFile().deleteOnExit();
            String server = tls.resolve("server.p12").toString();
            String certificate = tls.resolve("server.cer").toString();
            keytool("-genkeypair", "-alias", "stripe-test", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", server, "-storepass", password, "-keypass", password);
            keytool("-exportcert", "-alias", "stripe-test", "-keystore", server, "-storepass", password,
                    "-file", certificate);
            keytool("-importcert", "-noprompt", "-alias", "stripe-test", "-file", certificate, "-storetype", "PKCS12",
                    "-keystore", tls.resolve("trust.p12").toString(), "-storepass", password);
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
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
