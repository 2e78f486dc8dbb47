package dev.camelstripe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The one place the example application is assembled, for {@link ExamplesApplication} and the tests alike:
 * {@code application.properties} (routes, component options, folders) plus the given overrides, and the Vert.x HTTP
 * server the {@code platform-http} sign-up route listens on ({@code examples.http.host}, loopback unless changed;
 * {@code examples.http.port}; bodies above {@code examples.http.max-body-size} bytes answered 413), and, as one of
 * several instances ({@code examples.cluster.enabled}), the leader election of the trigger routes.
 */
public final class Examples {

    private Examples() {
    }

    /**
     * The properties of one of several instances: {@code cluster.properties}, with this instance's name, its own
     * folders under {@code workDir} and the folder all instances share (the trigger lock and the positions' database).
     */
    public static Map<String, String> clusterProperties(String node, Path workDir, Path sharedDir) {
        Properties cluster = new Properties();
        try (InputStream in = Examples.class.getResourceAsStream("/cluster.properties")) {
            cluster.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cluster.properties is missing from the classpath", e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        cluster.stringPropertyNames().stream().sorted().forEach(name -> properties.put(name, cluster.getProperty(name)));
        properties.put("examples.node", node);
        properties.put("examples.work-dir", workDir.toAbsolutePath().toString());
        properties.put("examples.shared-dir", sharedDir.toAbsolutePath().toString());
        return properties;
    }

    public static Main newMain(Map<String, String> overrides) {
        Main main = new Main();
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                CamelContext context = m.getCamelContext();
                VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
                http.setBindHost(context.resolvePropertyPlaceholders("{{examples.http.host}}"));
                http.setPort(Integer.parseInt(context.resolvePropertyPlaceholders("{{examples.http.port}}")));
                http.setMaxBodySize(Long.parseLong(
                        context.resolvePropertyPlaceholders("{{examples.http.max-body-size}}")));
                if (Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{examples.cluster.enabled}}"))) {
                    context.addRoutePolicyFactory(new TriggerLeaderElection());
                }
                VertxPlatformHttpServer server = new VertxPlatformHttpServer(http);
                // in the registry too: platform-http finds its router by the port of the server (or of the
                // configuration, before the server is up) found there
                context.getRegistry().bind("examples-http-server-configuration", http);
                context.getRegistry().bind("examples-http-server", server);
                try {
                    context.addService(server, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the HTTP server on port " + http.getPort(), e);
                }
            }
        });
        return main;
    }
}
