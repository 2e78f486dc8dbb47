package dev.camelstripe.examples;

import java.util.Map;

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
 * {@code examples.http.port}; bodies above {@code examples.http.max-body-size} bytes answered 413).
 */
public final class Examples {

    private Examples() {
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
